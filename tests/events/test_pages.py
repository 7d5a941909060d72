import json
import re

import pytest
from freezegun import freeze_time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import booking as service
from events.models import EventPage, EventSeries

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"


def json_ld(html):
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(b for b in blocks if b.get("@type") == "Event")


@freeze_time(NOW)
def test_index_upcoming_first_then_past_with_filters(client, agenda):
    agenda.event("Later", start="2027-01-20 10:00", groups=[agenda.pupils])
    agenda.event("Eerst", start="2026-12-01 10:00", groups=[agenda.seekers], themes=[agenda.care])
    agenda.event("Vorige maand", start="2026-10-15 10:00", groups=[agenda.pupils])
    agenda.event("Lang geleden", start="2025-10-15 10:00")
    html = client.get("/evenementen/").content.decode()
    order = [title for title in ("Eerst", "Later", "Vorige maand", "Lang geleden")]
    positions = [html.index(f">{title}<") for title in order]
    assert positions == sorted(positions)
    assert (
        html.index("Komende evenementen")
        < html.index("Eerst")
        < html.index("Eerdere evenementen")
        < html.index("Vorige maand")
    )
    pupils = client.get("/evenementen/?doelgroep=scholieren").content.decode()
    assert ">Later<" in pupils and ">Eerst<" not in pupils and ">Vorige maand<" in pupils
    care = client.get("/evenementen/?thema=zorg").content.decode()
    assert ">Eerst<" in care and ">Later<" not in care
    january = client.get("/evenementen/?maand=2027-01").content.decode()
    assert ">Later<" in january and ">Eerst<" not in january
    for bad in ("?maand=2027-13", "?maand=%3Cscript%3E", "?doelgroep=onbekend", "?pagina=abc", "?maand=" + "9" * 500):
        assert client.get("/evenementen/" + bad).status_code == 200


@freeze_time(NOW)
def test_index_pages_upcoming_and_past_events_apart_with_flat_queries(client, agenda):
    """A long agenda is paged (24 upcoming per page), past events page on their own, and cost stays flat."""
    from django.core.cache import cache

    for day in range(1, 27):
        agenda.event(f"Komend {day:02d}", start=f"2027-01-{day:02d} 10:00")
    for day in range(1, 8):
        agenda.event(f"Voorbij {day:02d}", start=f"2026-10-{day:02d} 10:00")
    html = client.get("/evenementen/").content.decode()
    assert html.count(">Komend ") == 24 and ">Komend 25<" not in html
    assert 'href="?pagina=2" rel="next"' in html and 'href="?eerder=2" rel="next"' in html
    assert ">Voorbij 07<" in html and ">Voorbij 01<" not in html  # latest past first, six per page
    second = client.get("/evenementen/?pagina=2").content.decode()
    assert ">Komend 25<" in second and ">Komend 26<" in second and ">Komend 01<" not in second
    older = client.get("/evenementen/?eerder=2").content.decode()
    assert ">Voorbij 01<" in older and ">Komend 01<" in older
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        client.get("/evenementen/")
    for day in range(1, 28):
        agenda.event(f"Meer {day:02d}", start=f"2027-02-{day:02d} 10:00")
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        html = client.get("/evenementen/").content.decode()
    assert html.count(">Komend ") + html.count(">Meer ") == 24  # never the whole agenda
    assert len(many) == len(few)


@freeze_time(NOW)
def test_event_json_ld(client, agenda):
    event = agenda.event("Banenmarkt", capacity=1, online_url="https://example.org/live")
    data = json_ld(client.get(event.url).content.decode())
    assert data["name"] == "Banenmarkt"
    assert data["startDate"] == "2026-12-10T14:00:00+00:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {loc["@type"] for loc in data["location"]} == {"Place", "VirtualLocation"}
    assert data["offers"]["price"] == "0" and data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["organizer"]["@type"] == "Organization"
    service.register(event, "A", "a@example.org", "6041 AB")
    data = json_ld(client.get(event.url).content.decode())
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"


@freeze_time(NOW)
def test_series_shows_other_editions(client, agenda):
    series = EventSeries.objects.create(name="Regiodag")
    agenda.event("Regiodag 2025", start="2025-03-10 10:00", series=series)
    current = agenda.event("Regiodag 2027", start="2027-03-10 10:00", series=series)
    html = client.get(current.url).content.decode()
    assert "Andere edities van Regiodag" in html and "Regiodag 2025" in html


@freeze_time(NOW)
def test_home_shows_upcoming_events_for_the_group(client, agenda):
    agenda.event("Stagemarkt", start="2026-12-05 10:00", groups=[agenda.pupils])
    agenda.event("Banenmarkt", start="2026-12-06 10:00", groups=[agenda.seekers])
    agenda.event("Voorbij", start="2026-10-06 10:00", groups=[agenda.pupils])
    home = client.get("/").content.decode()
    assert "Stagemarkt" in home and "Banenmarkt" in home and "Voorbij" not in home
    pupils = client.get("/voor/scholieren/").content.decode()
    assert "Stagemarkt" in pupils and "Banenmarkt" not in pupils


@freeze_time(NOW)
def test_event_page_query_budget(client, agenda, settings):
    settings.REGIO_FRAGMENT_CACHE_SECONDS = 0
    event = agenda.event("Banenmarkt", capacity=100, questions=[("Workshop?", "A\nB", False)])
    client.get(event.url)
    client.get(event.url)  # warm menu, settings and renditions
    with CaptureQueriesContext(connection) as small:
        client.get(event.url)
    for n in range(60):
        service.register(event, f"P{n}", f"p{n}@example.org", "6041 AB")
    client.get(event.url)
    with CaptureQueriesContext(connection) as large:
        client.get(event.url)
    assert len(small) == len(large) <= 15


@freeze_time(NOW)
def test_admin_refuses_end_before_start_in_dutch(admin_client, agenda):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Fout",
            "slug": "fout",
            "start": "2026-12-10 15:00",
            "end": "2026-12-10 14:00",
            "venue_name": "ECI",
            "body": streamfield([]),
            "event_status": "EventScheduled",
            "waiting_list": "on",
            "registration_enabled": "on",
            "questions": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{agenda.index.pk}/", data)
    assert response.status_code == 200
    assert "Het einde moet na het begin liggen" in response.content.decode()
    assert not EventPage.objects.filter(slug="fout").exists()
    data["end"] = "2026-12-10 18:00"
    assert admin_client.post(f"/admin/pages/add/events/eventpage/{agenda.index.pk}/", data).status_code == 302


def test_cached_index_moves_an_event_to_past_when_it_ends(client, agenda, settings):
    settings.REGIO_FRAGMENT_CACHE_SECONDS = 300
    agenda.event("Ochtendsessie", start="2026-12-10 09:00", hours=1)
    with freeze_time("2026-12-10 08:50"):  # UTC: 09:50 in Roermond, still running
        html = client.get("/evenementen/").content.decode()
        assert "Ochtendsessie" in html and "Eerdere evenementen" not in html
    with freeze_time("2026-12-10 09:05"):  # 10:05 local: over
        html = client.get("/evenementen/").content.decode()
        assert html.index("Eerdere evenementen") < html.index("Ochtendsessie")


def test_event_filters_show_counts_combined_with_the_other_filters(client, agenda):
    agenda.event("Open dag zorg", start="2026-12-10 15:00", groups=[agenda.pupils], themes=[agenda.care])
    agenda.event("Banenmarkt", start="2026-12-12 15:00", groups=[agenda.seekers], themes=[agenda.care])
    agenda.event("Techniekdag", start="2027-01-15 10:00", groups=[agenda.pupils])
    with freeze_time("2026-11-22 10:00"):
        listing = client.get("/evenementen/").context["listing"]
        counts = {(f.param, o.value): o.count for f in listing.facets() for o in f.options}
        assert counts[("doelgroep", "scholieren")] == 2 and counts[("thema", "zorg")] == 2
        assert counts[("maand", "2026-12")] == 2 and counts[("maand", "2027-01")] == 1
        html = client.get("/evenementen/?maand=2026-12").content.decode()
        listing = client.get("/evenementen/?maand=2026-12").context["listing"]
    counts = {(f.param, o.value): o.count for f in listing.facets() for o in f.options}
    assert counts[("doelgroep", "scholieren")] == 1 and counts[("doelgroep", "werkzoekenden")] == 1
    assert "Techniekdag" not in html and "Open dag zorg" in html
    assert 'Scholieren <span class="filter__count">(1)</span>' in html


def test_cards_say_free_full_or_waiting_list_without_extra_queries(client, agenda):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from events.booking import register

    with freeze_time("2026-11-22 10:00", tick=True):
        agenda.event("Open", start="2026-12-10 15:00", capacity=5)
        full = agenda.event("Vol", start="2026-12-11 15:00", capacity=1, waiting_list=False)
        waiting = agenda.event("Wachten", start="2026-12-12 15:00", capacity=1, waiting_list=True)
        for event in (full, waiting):
            register(event, "A", f"a{event.pk}@example.org", postcode="6041 AB")
        html = client.get("/evenementen/").content.decode()
        assert html.count('class="badge">Gratis</span>') == 3
        assert '<span class="badge badge--full">Vol</span>' in html
        assert '<span class="badge badge--waiting">Wachtlijst</span>' in html
        with CaptureQueriesContext(connection) as few:
            client.get("/evenementen/")
        for n in range(4):
            agenda.event(f"Extra {n}", start="2026-12-13 15:00", capacity=3)
        client.get("/evenementen/")
        with CaptureQueriesContext(connection) as more:
            client.get("/evenementen/")
    assert len(more) == len(few)
