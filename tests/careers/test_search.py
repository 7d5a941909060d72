import pytest
from freezegun import freeze_time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.bulk import create_careers
from careers.search import CareerSearch

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("careers")]
TODAY = "2026-11-22 10:00"


def get(client, query=""):
    with freeze_time(TODAY):
        return client.get(f"/werken-en-leren/{query}")


def titles(response):
    return [career.title for career in response.context["results"].object_list]


def all_titles(client, query=""):
    """Titles over every result page, in order."""
    first = get(client, query)
    found, pages = titles(first), first.context["results"].paginator.num_pages
    for number in range(2, pages + 1):
        found += titles(get(client, f"{query}{'&' if query else '?'}pagina={number}"))
    return found


def counts(response, param):
    facet = next((f for f in response.context["search"].facets() if f.param == param), None)
    return {option.value: option.count for option in facet.options} if facet else {}


def test_lists_open_careers_newest_first_paginated(client):
    response = get(client)
    assert response.status_code == 200
    assert response.context["results"].paginator.count == 6
    assert titles(response) == ["Orderpicker", "Verzorgende IG", "Stage doktersassistent"]
    assert "Gesloten vacature" not in all_titles(client)
    assert "6 resultaten (vacatures, stages en opleidingen)" in response.content.decode()


def test_sort_by_closing_date(client):
    found = all_titles(client, "?sorteer=sluitdatum")
    assert found[:3] == ["Stage doktersassistent", "Orderpicker", "Verpleegkundige SEH"]
    assert found[-1] == "Opleiding logistiek medewerker"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?soort=stage", {"Stage doktersassistent"}),
        ("?soort=stage&soort=opleiding", {"Stage doktersassistent", "Opleiding logistiek medewerker"}),
        ("?sector=logistiek", {"Orderpicker", "Planner transport", "Opleiding logistiek medewerker"}),
        ("?niveau=hbo", {"Verpleegkundige SEH"}),
        ("?niveau=vmbo&niveau=mbo-2", {"Orderpicker", "Opleiding logistiek medewerker"}),
        ("?uren=tot-16", {"Verzorgende IG"}),
        ("?uren=32-plus", {"Verpleegkundige SEH", "Stage doktersassistent", "Orderpicker", "Planner transport"}),
        ("?contract=tijdelijk", {"Verzorgende IG"}),
        ("?gemeente=weert", {"Verzorgende IG", "Planner transport"}),
        ("?engels=ja", {"Orderpicker"}),
        ("?doelgroep=scholieren", {"Stage doktersassistent", "Opleiding logistiek medewerker"}),
        ("?sector=zorg&gemeente=weert", {"Verzorgende IG"}),
        ("?sector=logistiek&doelgroep=werkzoekenden&engels=ja", {"Orderpicker"}),
        ("?q=verpleegkundige", {"Verpleegkundige SEH"}),
        ("?q=verpleeg", {"Verpleegkundige SEH"}),
        ("?q=logistics&sector=logistiek", {"Orderpicker", "Planner transport", "Opleiding logistiek medewerker"}),
    ],
)
def test_each_facet_and_combinations(client, query, expected):
    assert set(all_titles(client, query)) == expected


def test_counts_follow_the_other_filters(client):
    response = get(client, "?sector=logistiek")
    # Within the chosen sector: kinds, places and levels of the three logistics careers.
    assert counts(response, "soort") == {"vacature": 2, "opleiding": 1}
    assert counts(response, "gemeente") == {"roermond": 2, "weert": 1}
    # The sector facet itself counts as if no sector was chosen, so others stay reachable.
    assert counts(response, "sector") == {"zorg": 3, "logistiek": 3}
    response = get(client, "?sector=logistiek&gemeente=weert")
    assert counts(response, "soort") == {"vacature": 1}
    assert counts(response, "sector") == {"zorg": 1, "logistiek": 1}
    assert response.context["results"].paginator.count == 1


def test_option_links_toggle_and_keep_other_filters(client):
    response = get(client, "?sector=zorg")
    facet = next(f for f in response.context["search"].facets() if f.param == "soort")
    internship = next(o for o in facet.options if o.value == "stage")
    assert internship.url == "?soort=stage&sector=zorg"  # filters always in the same order: one URL per state
    zorg = next(
        o for f in response.context["search"].facets() if f.param == "sector" for o in f.options if o.value == "zorg"
    )
    assert zorg.active and zorg.url == "?"
    html = response.content.decode()
    assert 'aria-current="true"' in html


def test_zero_results_suggest_removing_a_filter(client):
    response = get(client, "?sector=logistiek&niveau=hbo")
    html = response.content.decode()
    assert response.context["results"].paginator.count == 0
    assert 'href="?niveau=hbo"' in html  # without Logistiek
    assert 'href="?sector=logistiek"' in html  # without hbo


@pytest.mark.parametrize(
    "query",
    [
        "?soort=onbekend",
        "?pagina=abc",
        "?pagina=999",
        "?pagina=-1",
        "?sector=%3Cscript%3E",
        "?q=" + "x" * 5000,
        "?q=%22%27%29%28*",
        "?sorteer=hack",
        "?uren=" + "1" * 500,
        "?q=%00",
        "?" + "&".join(f"soort=stage{n}" for n in range(300)),
    ],
)
def test_bad_input_gives_a_normal_page(client, query):
    response = get(client, query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[-1].replace(
        '<script type="application/ld+json">', ""
    )


def test_unknown_values_are_ignored_not_counted_as_filters(client):
    response = get(client, "?soort=onbekend&sector=zorg")
    assert response.context["search"].selected == {"sector": ["zorg"]}
    assert response.context["results"].paginator.count == 3


def test_search_words_and_filters_survive_in_the_form_and_pages(client):
    html = get(client, "?q=logistics&sector=logistiek&sorteer=sluitdatum").content.decode()
    assert 'value="logistics"' in html
    assert '<input type="hidden" name="sector" value="logistiek">' in html
    assert '<input type="hidden" name="sorteer" value="sluitdatum">' in html


def budget(client, settings, query):
    settings.REGIO_FRAGMENT_CACHE_SECONDS = 0
    get(client, query)
    get(client, query)  # warm menu, settings, vocabulary and renditions
    with CaptureQueriesContext(connection) as queries, freeze_time(TODAY):
        response = client.get(f"/werken-en-leren/{query}")
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_10000_careers(client, settings, careers):
    queries = ("?sector=logistiek&soort=vacature&soort=stage&uren=32-plus&doelgroep=werkzoekenden&pagina=2", "")
    small = [budget(client, settings, query) for query in queries]
    w = careers
    with freeze_time(TODAY):
        create_careers(
            w.index, 10_000, w.warehouse, [w.care, w.logistics], [w.weert, w.roermond], [w.pupils, w.seekers]
        )
    large = [budget(client, settings, query) for query in queries]
    assert large == small
    assert max(large) <= 15, large
    with freeze_time(TODAY):
        response = client.get("/werken-en-leren/?sector=logistiek&soort=vacature")
    assert (
        response.context["results"].paginator.count == 2 + 1000
    )  # Orderpicker and Planner, and every tenth bulk career


def test_saved_search_round_trip(careers):
    search = CareerSearch.from_saved(careers.index, {"sector": ["zorg"], "q": "verpleegkundige"})
    assert search.saved() == {"sector": ["zorg"], "q": "verpleegkundige"}
    with freeze_time(TODAY):
        assert [c.title for c in search.matching()] == ["Verpleegkundige SEH"]


def test_careers_under_a_view_restriction_are_not_listed(client, careers):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=careers.nurse, restriction_type="login")
    assert "Verpleegkundige SEH" not in all_titles(client)
    assert counts(get(client), "niveau").get("hbo") is None


def test_the_rendered_listing_is_cached_and_renewed_on_publish(client, settings, careers):
    """The career index caches its rendered results like the other listings; a newly published career shows."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    uncached = budget(client, settings, "?sector=logistiek")  # warm, fragments off
    settings.REGIO_FRAGMENT_CACHE_SECONDS = 300
    cache.clear()
    with freeze_time(TODAY):
        client.get("/werken-en-leren/?sector=logistiek")
        with CaptureQueriesContext(connection) as cached:
            html = client.get("/werken-en-leren/?sector=logistiek").content.decode()
        assert len(cached) < uncached and "Orderpicker" in html
        careers.career("Heftruckchauffeur nacht", sector=careers.logistics, publish=True)
        assert "Heftruckchauffeur nacht" in client.get("/werken-en-leren/?sector=logistiek").content.decode()
