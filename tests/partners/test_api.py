"""The open data API for partners: only live public content, filters, no personal data, clear errors."""

import json

import pytest
from freezegun import freeze_time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.models import JobAlert
from events.models import Registration
from stories.models import InterviewPage
from tests.builders import (
    make_fact,
    make_home,
    make_story,
    make_story_index,
    make_target_group,
    make_theme,
)
from tests.careers.conftest import TODAY

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.content[:300])
    return response.json()


def titles(payload):
    return {item["title"] for item in payload["items"]}


def test_pages_list_only_live_public_content_and_open_careers(client, site):
    with freeze_time(TODAY, tick=True):
        payload = get(client, "/api/v2/pages/?limit=50")
    found = titles(payload)
    assert {"Openbaar verhaal", "Gesprek met Lotte", "Verpleegkundige SEH"} <= found
    assert not found & {"Concept verhaal", "Besloten verhaal", "Gesloten vacature", "Midden-Limburg", "Werken en leren"}
    for page in (site.draft, site.private, site.closed):
        with freeze_time(TODAY, tick=True):
            assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_an_interview_whose_consent_ended_disappears(client, site):
    site.interview.consents.update(expires_on="2000-01-01")
    with freeze_time(TODAY, tick=True):
        found = titles(get(client, "/api/v2/pages/?limit=50"))
    assert "Gesprek met Lotte" not in found


def test_no_personal_data_in_any_endpoint(client, site):
    import datetime

    from django.utils import timezone

    from events import booking
    from events.models import EventIndexPage, EventPage

    agenda = EventIndexPage(title="Evenementen", slug="evenementen")
    site.home.add_child(instance=agenda)
    start = timezone.now() + datetime.timedelta(days=10)
    event = EventPage(title="Banenmarkt zorg", start=start, end=start + datetime.timedelta(hours=3), venue_name="Hal")
    agenda.add_child(instance=event)
    booking.register(event, "Sanne Janssen", "sanne@example.org", "6041 AB", False, None, {})
    JobAlert.objects.create(index=site.index, email="alert@example.org", query={})
    assert Registration.objects.exists()
    text = ""
    for url in ("/api/v2/pages/?fields=*&limit=50", f"/api/v2/pages/{site.interview.pk}/", "/api/v2/facts/"):
        text += json.dumps(get(client, url))
    text += json.dumps(get(client, "/api/v2/pages/?type=stories.InterviewPage&fields=*"))
    for secret in ("sanne@example.org", "alert@example.org", "Lotte Janssen", "6041", "interviewee", "notes"):
        assert secret not in text


def test_fields_and_filters(client, site):
    with freeze_time(TODAY, tick=True):
        careers = get(client, "/api/v2/pages/?type=careers.CareerPage&fields=*&limit=50")["items"]
        nurse = next(item for item in careers if item["title"] == "Verpleegkundige SEH")
        assert nurse["sector"] == "zorg" and nurse["municipality"] == "roermond"
        assert nurse["organisation_name"] == "Laurentius Zorggroep" and nurse["target_groups"] == ["werkzoekenden"]
        seekers = titles(get(client, "/api/v2/pages/?target_group=werkzoekenden&limit=50"))
        assert "Openbaar verhaal" in seekers and "Stage doktersassistent" not in seekers
        care = titles(get(client, "/api/v2/pages/?theme=zorg&limit=50"))
        assert "Openbaar verhaal" in care and "Orderpicker" not in care
        assert titles(get(client, "/api/v2/pages/?municipality=nergens")) == set()


BAD_QUERIES = [
    "upcoming=maybe",
    "target_group=%3Cscript%3E",
    "type=home.HomePage",
    "type=nonsense",
    "limit=500",
    "limit=-1",
    "offset=abc",
    "locale=fr",
    "order=secret_field",
    "unknown=1",
    "type=careers.CareerPage&valid_through=notadate",
    "type=careers.CareerPage&hours_min=veel",
]


def test_bad_parameters_get_a_400_with_a_json_message(client, site):
    for query in BAD_QUERIES:  # one world for all of them: building it is most of the time
        response = client.get(f"/api/v2/pages/?{query}")
        assert response.status_code == 400 and response.json()["message"], query


def test_a_search_with_quotes_or_control_characters_is_searched_as_plain_words(client, site):
    # A lone quote is query syntax to SQLite's full-text search, NUL breaks PostgreSQL: both gave a 500.
    for endpoint in ("pages", "images", "documents", "facts"):
        for search in ('"', "%00", "a%00b", "%22Openbaar", "(verhaal"):
            assert client.get(f"/api/v2/{endpoint}/?search={search}").status_code == 200, (endpoint, search)
    found = titles(get(client, '/api/v2/pages/?search=%22Openbaar%00"'))
    assert "Openbaar verhaal" in found


def test_facts_in_the_requested_language_with_their_source(client, locales_for_api):
    fact = make_fact(value=40000, label="werknemers pendelen elke dag de regio uit", reference_year=2022)
    english = fact.copy_for_translation(locales_for_api["en"])
    english.label = "workers commute out every day"
    english.save()
    dutch = get(client, "/api/v2/facts/")["items"]
    assert len(dutch) == 1 and dutch[0]["label"].startswith("werknemers") and dutch[0]["display_value"] == "40.000"
    item = get(client, "/api/v2/facts/?locale=en")["items"][0]
    assert item["label"] == "workers commute out every day" and item["display_value"] == "40,000"
    assert item["source_name"] == fact.source_name and item["reference_year"] == 2022


@pytest.fixture
def locales_for_api(db):
    from wagtail.models import Locale

    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "en")}


def test_images_offer_renditions_never_the_original(client, image):
    item = get(client, "/api/v2/images/?fields=*")["items"][0]
    text = json.dumps(item)
    assert "download_url" not in text and "original_images" not in text
    assert item["rendition"]["url"].endswith(".webp")


def test_cors_and_cache_headers(client, site):
    response = client.get("/api/v2/pages/")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "s-maxage=" in response["Cache-Control"]
    assert client.get("/api/v2/pages/?limit=500")["Cache-Control"] == "no-store"
    assert client.post("/api/v2/pages/").status_code in (403, 405)
    # A generated client's GET with Content-Type: application/json makes browsers send a preflight first.
    preflight = client.options(
        "/api/v2/pages/",
        headers={
            "Origin": "https://www.roermond.nl",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200 and preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"].lower()


def test_rate_limited_per_address(client, site, settings):
    settings.REGIO_API_REQUESTS_PER_MINUTE = 3
    statuses = [client.get("/api/v2/facts/").status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]


def test_the_openapi_description_validates_and_its_paths_answer(client, site):
    from openapi_spec_validator import validate

    document = get(client, "/api/v2/openapi.json")
    validate(document)
    for path in document["paths"]:
        if "{id}" not in path:
            assert client.get(f"/api/v2{path}").status_code == 200, path


def listing_queries(client, url):
    """(queries, payload) of an API listing as a new content version first serves it: a publish leaves the
    remembered listing behind, while what is remembered per version (vocabulary, renditions) is warm."""
    from home.caching import bump_content_version

    bump_content_version()
    get(client, url)  # warm
    bump_content_version()
    with CaptureQueriesContext(connection) as queries:
        payload = get(client, url)
    return len(queries), payload


def test_listing_queries_do_not_grow_with_content(client, db):
    home = make_home()
    index = make_story_index(home)
    group, theme = make_target_group("Werkzoekenden", slug="werkzoekenden"), make_theme("Zorg")

    def count(limit):
        queries, payload = listing_queries(client, "/api/v2/pages/?type=stories.StoryPage&fields=*&limit=50")
        assert len(payload["items"]) == limit
        return queries

    for n in range(10):
        make_story(index, f"Verhaal {n}", groups=[group], themes=[theme], publish=False)
    few = count(10)
    for n in range(10, 60):
        make_story(index, f"Verhaal {n}", groups=[group], themes=[theme], publish=False)
    assert count(50) <= few + 2
    assert InterviewPage.objects.count() == 0


def test_listing_queries_are_the_same_for_10_and_1000_careers(client, site):
    from careers.bulk import create_careers

    queries = ("type=careers.CareerPage&fields=*&limit=50", "limit=50", "theme=zorg&limit=50")

    def count(query):
        with freeze_time(TODAY, tick=True):
            captured, payload = listing_queries(client, f"/api/v2/pages/?{query}")
        return captured, payload["meta"]["total_count"]

    w = site
    with freeze_time(TODAY):
        create_careers(w.index, 10, w.warehouse, [w.care, w.logistics], [w.weert, w.roermond], [w.seekers])
    few = [count(query) for query in queries]
    with freeze_time(TODAY):
        create_careers(
            w.index, 990, w.warehouse, [w.care, w.logistics], [w.weert, w.roermond], [w.seekers], prefix="more"
        )
    many = [count(query) for query in queries]
    for query, (few_queries, few_total), (many_queries, many_total) in zip(queries, few, many, strict=True):
        assert many_total >= few_total + 495, query  # the new careers are listed (half of them in care)
        assert many_queries == few_queries, (query, few_queries, many_queries)


def test_a_listing_is_remembered_until_content_changes(client, site, settings):
    settings.REGIO_CACHE_SECONDS = 300
    with freeze_time(TODAY, tick=True):
        url = "/api/v2/pages/?type=stories.StoryPage&limit=50"
        assert "Openbaar verhaal" in titles(get(client, url))
        with CaptureQueriesContext(connection) as queries:
            assert "Openbaar verhaal" in titles(get(client, url))
        assert len(queries) <= 3  # the rate limit and the content version, not the listing
        site.public.unpublish()
        assert "Openbaar verhaal" not in titles(get(client, url))
