"""The page cache (home/page_cache.py): anonymous pages served whole, renewed exactly when what they show changes."""

import datetime

import pytest
from freezegun import freeze_time

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from events import booking as service
from home.models import Fact
from tests.events.conftest import form

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"


@pytest.fixture(autouse=True)
def page_cache(settings, agenda):
    from wagtail.models import Site

    from home.models import RegioSettings

    RegioSettings.for_site(Site.objects.get(is_default_site=True))  # made on the first visit otherwise
    settings.REGIO_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.get("X-Regio-Cache")


@freeze_time(NOW, tick=True)
def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, agenda):
    event = agenda.event("Banenmarkt", capacity=10)
    first, state = get(client, event.url)
    assert state == "miss" and first.status_code == 200
    assert "public" in first["Cache-Control"] and "s-maxage=" in first["Cache-Control"]
    assert "max-age=0" in first["Cache-Control"]  # browsers ask again: places left are never stale in a tab
    with CaptureQueriesContext(connection) as queries:
        second, state = get(client, event.url)
    assert state == "hit" and second.content == first.content
    assert len(queries) == 0
    assert second["Content-Security-Policy"]  # headers of the outer middleware are fresh on a hit


@freeze_time(NOW, tick=True)
def test_publishing_renews_the_page(client, agenda):
    event = agenda.event("Banenmarkt", capacity=10)
    get(client, event.url)
    event.title = "Banenmarkt zorg en welzijn"
    event.save_revision().publish()
    response, state = get(client, event.url)
    assert state == "miss" and "Banenmarkt zorg en welzijn" in response.content.decode()


@freeze_time(NOW, tick=True)
def test_shared_content_renews_the_pages_that_show_it(client, agenda):
    from tests.builders import make_fact

    fact = make_fact(label="inwoners", value=238000)
    get(client, "/evenementen/")
    Fact.objects.filter(pk=fact.pk).first().save()
    assert get(client, "/evenementen/")[1] == "miss"


@freeze_time(NOW, tick=True)
def test_a_registration_that_fills_the_last_place_shows_at_once(
    client, agenda, mailoutbox, django_capture_on_commit_callbacks
):
    event = agenda.event("Kleine workshop", capacity=1, waiting_list=False)
    assert "nog 1 plek vrij" in get(client, event.url)[0].content.decode()
    assert get(client, event.url)[1] == "hit"
    get(client, "/evenementen/")
    with django_capture_on_commit_callbacks(execute=True):
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    response, state = get(client, event.url)
    html = response.content.decode()
    assert state == "miss" and "Sorry, dit evenement is vol." in html and "nog 1 plek vrij" not in html
    assert get(client, "/evenementen/")[1] == "miss"  # its card says "vol" too


@freeze_time(NOW, tick=True)
def test_signed_in_users_never_get_or_fill_the_cache(client, agenda, django_user_model):
    event = agenda.event("Banenmarkt", capacity=10)
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("redactie", "r@example.org", "pw"))
    signed_in, state = get(editor, event.url)
    assert state is None and "wagtail-userbar" in signed_in.content.decode()
    anonymous, state = get(client, event.url)
    assert state == "miss" and "wagtail-userbar" not in anonymous.content.decode()
    assert get(editor, event.url)[1] is None


@freeze_time(NOW, tick=True)
def test_personal_answers_are_never_cached(client, agenda, mailoutbox):
    event = agenda.event("Banenmarkt", capacity=10)
    done = client.post(event.url, form())
    outcome_url = done["Location"].split("#")[0]
    assert get(client, outcome_url)[1] is None and get(client, outcome_url)[1] is None
    registration = event.registrations.get()
    cancel = service.cancel_url(registration).split("://", 1)[-1].split("/", 1)[1]
    assert get(client, "/" + cancel)[1] is None


@freeze_time(NOW, tick=True)
def test_query_strings_are_normalised_so_junk_cannot_fill_the_cache(client, agenda):
    agenda.event("Banenmarkt", capacity=10, groups=[agenda.pupils], themes=[agenda.care])
    assert get(client, "/evenementen/?thema=zorg&doelgroep=scholieren")[1] == "miss"
    assert get(client, "/evenementen/?doelgroep=scholieren&thema=zorg")[1] == "hit"
    assert get(client, "/evenementen/?doelgroep=scholieren&utm_source=krant&thema=zorg&x=1")[1] == "hit"
    for n in range(5):
        assert get(client, f"/evenementen/?fbclid=random{n}")[1] in ("miss", "hit")
    keys = [key for key in cache._cache if ":regio:page:" in key]
    assert len(keys) == 2  # the filtered index and the plain one, whatever the junk


def test_an_event_page_lives_until_registration_closes_or_the_event_starts(client, agenda):
    with freeze_time(NOW):
        event = agenda.event("Banenmarkt", start="2026-11-22 15:00", hours=3, capacity=10)
        event.registration_closes = event.start - datetime.timedelta(hours=2)
        event.save_revision().publish()
        response, _state = get(client, event.url)
        seconds = int(response["Cache-Control"].split("s-maxage=")[1])
        assert seconds <= 3 * 3600  # registration closes at 13:00, three hours from now (10:00)
    with freeze_time("2026-11-22 13:30"):
        response, state = get(client, event.url)
        assert state == "miss" and "De aanmelding voor dit evenement is gesloten." in response.content.decode()


@freeze_time(NOW, tick=True)
def test_drafts_and_previews_are_not_cached(admin_client, agenda):
    client = Client()  # anonymous, beside the signed-in editor
    event = agenda.event("Banenmarkt", capacity=10)
    get(client, event.url)
    event.title = "Concepttitel"
    event.save_revision()  # a draft: the public page stays as it is, and stays cached
    response, state = get(client, event.url)
    assert state == "hit" and "Concepttitel" not in response.content.decode()
    preview = admin_client.get(f"/admin/pages/{event.pk}/edit/preview/")
    assert "X-Regio-Cache" not in preview
