import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import CoreMessage, FactsPosterPage, HomePage, PosterFact, RegionStoryPage
from tests.builders import (
    make_core_message,
    make_fact,
    make_home,
    make_poster,
    make_region_story,
    make_target_group,
    page_html,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def region(image):
    scholieren = make_target_group("Scholieren en studenten", "scholier of student")
    make_target_group("Werkgevers", "werkgever")
    facts = [make_fact(label="werknemers pendelen elke dag de regio uit", value=40000, reference_year=2019)]
    facts[0].target_groups.add(scholieren)
    home = make_home(hero_image=image, hero_heading="Ruimte om te groeien", introduction="Welkom in de regio.")
    story = make_region_story(home, hero_image=image, body=[{"type": "fact", "value": {"fact": facts[0].pk}}])
    home.region_story = story
    home.save_revision().publish()
    make_core_message("Innovatieve economie", facts)
    return {"home": home, "story": story, "facts": facts, "group": scholieren}


class TestHomePage:
    def test_renders_hero_core_messages_and_switcher(self, client, region):
        response = client.get("/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Ruimte om te groeien" in html
        assert "Innovatieve economie" in html
        assert 'href="/voor/scholieren-en-studenten/#voor-jou"' in html
        assert 'href="/ons-verhaal/#innovatieve-economie"' in html

    def test_target_group_link_shows_that_groups_facts(self, client, region):
        response = client.get("/voor/scholieren-en-studenten/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Voor scholier of student" in html
        assert "werknemers pendelen elke dag de regio uit" in html
        assert 'aria-current="page">scholier of student' in html

    def test_other_group_does_not_show_those_facts(self, client, region):
        html = client.get("/voor/werkgevers/").content.decode()
        assert "werknemers pendelen elke dag de regio uit" not in html

    def test_unknown_target_group_is_404(self, client, region):
        assert client.get("/voor/bestaat-niet/").status_code == 404

    def test_page_is_dutch_with_skip_link_and_json_ld(self, client, region):
        html = client.get("/").content.decode()
        assert '<html lang="nl">' in html
        assert 'class="skip-link" href="#main"' in html
        assert '"@type": "Organization"' in html and '"@type": "WebSite"' in html
        assert '<link rel="canonical" href="http://localhost/">' in html
        assert 'property="og:image"' in html

    def test_absolute_addresses_use_the_site_address_not_the_host_header(self, client, region):
        """A proxy or a visitor's Host header must not decide canonical, Open Graph or JSON-LD addresses."""
        html = client.get("/ons-verhaal/?utm_source=x&pagina=2&zzz=1", HTTP_HOST="evil.example").content.decode()
        assert "evil.example" not in html
        assert '<link rel="canonical" href="http://localhost/ons-verhaal/?pagina=2">' in html
        assert '<meta property="og:url" content="http://localhost/ons-verhaal/?pagina=2">' in html
        assert '"item": "http://localhost/ons-verhaal/"' in html


class TestRegionStoryPage:
    def test_renders_blocks_and_core_message_facts_with_sources(self, client, region):
        html = client.get("/ons-verhaal/").content.decode()
        assert 'id="innovatieve-economie"' in html
        assert html.count("werknemers pendelen elke dag de regio uit") == 2  # block and core message
        assert "40.000" in html
        assert region["facts"][0].source_name in html


class TestTreeRules:
    def test_home_page_only_under_root(self):
        assert HomePage.parent_page_types == ["wagtailcore.Page"]
        assert RegionStoryPage.can_create_at(make_home())
        assert not HomePage.can_create_at(make_home(slug="tweede"))

    def test_story_and_poster_rules(self, region):
        home, story = region["home"], region["story"]
        assert RegionStoryPage.can_create_at(home)
        assert not RegionStoryPage.can_create_at(story)
        assert FactsPosterPage.can_create_at(home)
        assert FactsPosterPage.can_create_at(story)
        poster = make_poster(home, region["facts"])
        assert not FactsPosterPage.can_create_at(poster)
        assert not RegionStoryPage.can_create_at(poster)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


class TestQueryCounts:
    """Pages must not run a query per fact: same count with 3 or 60 facts."""

    def grow(self, region, total):
        extra = [make_fact() for _ in range(total - len(region["facts"]))]
        facts = region["facts"] + extra
        message = CoreMessage.objects.get()
        message.facts.set(facts)
        message.save()
        for fact in facts:
            fact.target_groups.add(region["group"])
        story = region["story"]
        story.body = [{"type": "facts_row", "value": {"heading": "", "facts": [f.pk for f in facts]}}]
        story.save_revision().publish()
        poster = FactsPosterPage.objects.first()
        if poster is None:
            poster = make_poster(region["home"], facts)
        else:
            poster.poster_facts.clear()
            for fact in facts:
                poster.poster_facts.add(PosterFact(fact=fact))
            poster.save_revision().publish()
        return poster

    @pytest.mark.parametrize("url", ["/", "/voor/scholieren-en-studenten/", "/ons-verhaal/", "/in-feiten/"])
    def test_constant_and_within_budget(self, client, region, url, settings):
        settings.REGIO_FRAGMENT_CACHE_SECONDS = 0  # measure full rendering, no fragment cache
        self.grow(region, 3)
        client.get(url)  # warm renditions and caches, as a running site has them
        client.get(url)
        few = count_queries(client, url)
        self.grow(region, 60)
        client.get(url)
        client.get(url)
        many = count_queries(client, url)
        assert few == many
        assert many <= 15


class TestFragmentCache:
    """Rendered sections are cached, and renewed as soon as their content changes."""

    def test_cached_page_needs_fewer_queries(self, client, region, settings):
        settings.REGIO_FRAGMENT_CACHE_SECONDS = 0
        uncached = count_queries(client, "/ons-verhaal/")
        settings.REGIO_FRAGMENT_CACHE_SECONDS = 300
        client.get("/ons-verhaal/")
        assert count_queries(client, "/ons-verhaal/") < uncached

    def test_editing_a_fact_shows_at_once(self, client, region, settings):
        settings.REGIO_FRAGMENT_CACHE_SECONDS = 300
        assert "40.000" in client.get("/ons-verhaal/").content.decode()
        fact = region["facts"][0]
        fact.value = 41500
        fact.save()
        html = client.get("/ons-verhaal/").content.decode()
        assert "41.500" in html and "40.000" not in html

    def test_publishing_a_page_renews_the_menu(self, client, region, settings):
        settings.REGIO_FRAGMENT_CACHE_SECONDS = 300
        assert ">Regio in feiten</a>" not in page_html(client, "/")
        make_poster(region["home"], region["facts"], show_in_menus=True)
        assert ">Regio in feiten</a>" in client.get("/").content.decode()
