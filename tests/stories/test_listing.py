import xml.etree.ElementTree as ET

import pytest

from tests.builders import (
    make_home,
    make_interview,
    make_municipality,
    make_story,
    make_story_index,
    make_target_group,
    make_theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories():
    home = make_home()
    index = make_story_index(home, per_page=3)
    pupils = make_target_group("Scholieren", "scholier")
    employers = make_target_group("Werkgevers", "werkgever")
    care = make_theme("Zorg")
    logistics = make_theme("Logistiek")
    weert = make_municipality("Weert", [(6000, 6006)])
    roermond = make_municipality("Roermond", [(6040, 6047)])
    make_story(index, "Zorg voor scholieren", [pupils], [care], weert, ["techniek"], publication_date="2026-01-05")
    make_story(
        index,
        "Logistiek voor werkgevers",
        [employers],
        [logistics],
        roermond,
        ["logistiek"],
        publication_date="2026-02-05",
    )
    make_story(index, "Zorg voor werkgevers", [employers], [care], roermond, [], publication_date="2026-03-05")
    make_story(
        index, "Scholieren in de logistiek", [pupils], [logistics], weert, ["techniek"], publication_date="2026-04-05"
    )
    interview = make_interview(index, "Interview met een scholier", publication_date="2026-05-05", municipality=weert)
    interview.target_groups = [pupils]
    interview.themes = [care]
    interview.save_revision().publish()
    return index


def titles(response):
    return [story.title for story in response.context["results"].object_list]


def option_counts(response, param):
    for facet in response.context["listing"].facets():
        if facet.param == param:
            return {option.value: option.count for option in facet.options}
    return {}


class TestListing:
    def test_newest_first_and_paginated(self, client, stories):
        response = client.get("/verhalen/")
        assert titles(response) == ["Interview met een scholier", "Scholieren in de logistiek", "Zorg voor werkgevers"]
        assert titles(client.get("/verhalen/?pagina=2")) == ["Logistiek voor werkgevers", "Zorg voor scholieren"]
        assert "Pagina 1 van 2" in response.content.decode()

    def test_filters_combine_and_show_counts(self, client, stories):
        response = client.get("/verhalen/", {"doelgroep": "scholieren", "thema": "zorg"})
        assert titles(response) == ["Interview met een scholier", "Zorg voor scholieren"]
        # Each facet counts what it would give combined with the other active filters.
        assert option_counts(response, "doelgroep") == {"scholieren": 2, "werkgevers": 1}
        assert option_counts(response, "thema") == {"zorg": 2, "logistiek": 1}
        assert option_counts(response, "soort") == {"verhaal": 1, "interview": 1}
        assert option_counts(response, "gemeente") == {"weert": 2}

    def test_type_filter(self, client, stories):
        assert titles(client.get("/verhalen/", {"soort": "interview"})) == ["Interview met een scholier"]
        assert len(client.get("/verhalen/", {"soort": "verhaal"}).context["results"].paginator.object_list) == 4

    def test_tag_and_municipality_filters(self, client, stories):
        response = client.get("/verhalen/", {"tag": "techniek", "gemeente": "weert"})
        assert titles(response) == ["Scholieren in de logistiek", "Zorg voor scholieren"]

    def test_filter_links_are_shareable_and_keep_other_filters(self, client, stories):
        html = client.get("/verhalen/", {"doelgroep": "scholieren"}).content.decode()
        assert 'href="?doelgroep=scholieren&amp;thema=zorg"' in html
        assert 'aria-current="true" class="is-active">Scholieren' in html

    @pytest.mark.parametrize(
        "params",
        [
            {"doelgroep": "bestaat-niet"},
            {"pagina": "999"},
            {"pagina": "abc"},
            {"pagina": "-1"},
            {"tag": "<script>alert(1)</script>"},
            {"thema": "x" * 5000},
            {"soort": "'; DROP TABLE"},
        ],
    )
    def test_bad_filter_values_give_a_normal_page(self, client, stories, params):
        response = client.get("/verhalen/", params)
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()

    def test_zero_results_suggest_removing_a_filter(self, client, stories):
        html = client.get("/verhalen/", {"doelgroep": "werkgevers", "tag": "techniek"}).content.decode()
        assert "Geen verhalen gevonden met al deze filters" in html
        assert 'href="?tag=techniek"' in html  # without the target group


class TestFeed:
    def test_feed_is_valid_rss_with_the_newest_stories(self, client, stories):
        response = client.get("/verhalen/feed/")
        assert response["Content-Type"].startswith("application/rss+xml")
        channel = ET.fromstring(response.content).find("channel")
        items = channel.findall("item")
        assert [item.find("title").text for item in items][:2] == [
            "Interview met een scholier",
            "Scholieren in de logistiek",
        ]
        link = items[0].find("link").text
        assert link.startswith("http://") and "/verhalen/i-" in link

    def test_feed_follows_the_filters(self, client, stories):
        response = client.get("/verhalen/feed/", {"thema": "logistiek"})
        items = ET.fromstring(response.content).find("channel").findall("item")
        assert sorted(item.find("title").text for item in items) == [
            "Logistiek voor werkgevers",
            "Scholieren in de logistiek",
        ]
