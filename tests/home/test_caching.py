"""The fragment cache: renewed by what changes public output (dates included), never by drafts."""

import datetime

import pytest
from freezegun import freeze_time

from django.utils import timezone

from home import caching
from home.models import RegioSettings
from home.poster import poster_cache_key
from tests.builders import make_fact, make_home, make_poster, make_story, make_story_index, page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    home = make_home()
    index = make_story_index(home)
    story = make_story(index, "Eerste verhaal", introduction="Over de regio.")
    return home, index, story


def version():
    caching._forget_request_version()
    return caching.content_version()


def test_saving_a_draft_or_autosave_keeps_the_cache(site):
    _home, _index, story = site
    before = version()
    story.title = "Nieuwe titel in concept"
    story.save_revision()  # a draft, as the editor's autosave stores it
    assert version() == before


def test_the_editors_draft_in_the_admin_keeps_the_cache(admin_client, site):
    _home, index, story = site
    before = version()
    response = admin_client.post(
        f"/admin/pages/{story.pk}/edit/",
        {
            "title": "Concepttitel",
            "slug": story.slug,
            "introduction": "",
            "body-count": "0",
            "publication_date": "2026-11-01",
            "tags": "",
            "target_groups": [],
            "themes": [],
        },
    )
    assert response.status_code in (200, 302)
    assert version() == before


def test_publishing_bumps_now_and_again_after_commit(site, django_capture_on_commit_callbacks):
    _home, _index, story = site
    before = version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        story.save_revision().publish()
        during = version()
    assert during != before
    for callback in callbacks:
        callback()
    assert version() != during  # what another request cached before the commit is left behind


def test_saving_shared_content_bumps(site):
    before = version()
    make_fact(label="een nieuw feit")
    assert version() != before


def test_poster_key_follows_every_printed_setting(site):
    home, _index, _story = site
    poster = make_poster(home, [make_fact()])
    regio = RegioSettings.for_site(home.get_site())
    key = poster_cache_key(poster, poster.facts(), "pdf-a4", regio)
    for field, value in (
        ("region_name", "Noord-Limburg"),
        ("organisation_name", "Regio Noord"),
        ("primary_colour", "#123456"),
    ):
        setattr(regio, field, value)
        changed = poster_cache_key(poster, poster.facts(), "pdf-a4", regio)
        assert changed != key, field
        key = changed


def test_region_name_change_reaches_the_printed_poster(client, site):
    import io

    from pypdf import PdfReader

    home, _index, _story = site
    make_poster(home, [make_fact()])
    client.get("/in-feiten/poster.pdf")
    regio = RegioSettings.for_site(home.get_site())
    regio.region_name = "Noorderkwartier"
    regio.save()
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(client.get("/in-feiten/poster.pdf").content)).pages
    )
    assert "NOORDERKWARTIER" in text.upper()


def test_home_fragment_drops_an_event_the_day_after(client, site):
    from tests.events.conftest import Agenda

    agenda = Agenda.__new__(Agenda)
    from events.models import EventIndexPage

    home, _index, _story = site
    agenda.index = EventIndexPage(title="Evenementen", slug="evenementen")
    home.add_child(instance=agenda.index)
    agenda.index.save_revision().publish()
    today = timezone.localdate()
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    with freeze_time(noon):  # the event is still to come at noon, whenever the suite runs
        Agenda.event(agenda, "Banenmarkt vanavond", start=f"{today.isoformat()} 19:00", hours=2)
        assert "Banenmarkt vanavond" in client.get("/").content.decode()
    with freeze_time(noon + datetime.timedelta(days=1)):
        assert "Banenmarkt vanavond" not in page_html(client, "/")


def test_pathway_fragment_drops_a_career_the_day_after_it_closed(client, careers):
    from careers.models import CareerPathwayPage

    pathway = CareerPathwayPage(title="Werken in de zorg", slug="zorg", sector=careers.care)
    careers.index.add_child(instance=pathway)
    pathway.save_revision().publish()
    closing = careers.career("Verpleegkundige sluit vandaag", valid_through=timezone.localdate())
    assert closing.title in client.get(pathway.url).content.decode()
    with freeze_time(timezone.localdate() + datetime.timedelta(days=1, hours=12)):
        assert closing.title not in page_html(client, pathway.url)


def test_story_page_fragment_shows_a_newly_published_related_story(client, site):
    from tests.builders import make_theme

    _home, index, story = site
    theme = make_theme("Zorg")
    story.themes = [theme]
    story.save_revision().publish()
    client.get(story.url)
    make_story(index, "Verwant verhaal over zorg", themes=[theme])
    assert "Verwant verhaal over zorg" in client.get(story.url).content.decode()


def test_career_page_fragment_follows_the_organisation(client, careers):
    client.get(careers.nurse.url)
    careers.hospital.name = "Laurentius Ziekenhuis Roermond"
    careers.hospital.save()
    assert "Laurentius Ziekenhuis Roermond" in client.get(careers.nurse.url).content.decode()


def test_story_index_cards_follow_a_title_change(client, site):
    _home, index, story = site
    client.get(index.url)
    story.title = "Gewijzigde titel"
    story.save_revision().publish()
    assert "Gewijzigde titel" in client.get(index.url).content.decode()


def test_poster_page_fragment_follows_a_fact(client, site):
    home, _index, _story = site
    fact = make_fact(label="oude formulering")
    poster = make_poster(home, [fact])
    client.get(poster.url)
    fact.label = "nieuwe formulering"
    fact.save()
    assert "nieuwe formulering" in client.get(poster.url).content.decode()


def test_region_story_fragment_follows_a_core_message(client, site):
    from tests.builders import make_core_message, make_region_story

    home, _index, _story = site
    story = make_region_story(home)
    message = make_core_message("Ruimte om te groeien", [make_fact()])
    client.get(story.url)
    message.title = "Ruimte om te wonen"
    message.save()
    assert "Ruimte om te wonen" in client.get(story.url).content.decode()


def test_event_index_fragment_moves_an_event_to_past_when_it_ends(client, agenda):
    def upcoming_titles(html):
        upcoming = html.split("Komende evenementen")[1].split("Eerdere evenementen")[0]
        return upcoming

    now = timezone.now()
    start = timezone.localtime(now + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    agenda.event("Webinar over werken", start=start, hours=1)
    assert "Webinar over werken" in upcoming_titles(client.get(agenda.index.url).content.decode())
    with freeze_time(now + datetime.timedelta(hours=3)):
        later = client.get(agenda.index.url).content.decode()
    assert "Webinar over werken" not in upcoming_titles(later) and "Webinar over werken" in later


def test_remembered_values_come_from_the_process_after_the_first_time_and_renew_on_a_change(db, monkeypatch):
    """One trip to the shared cache per page (the version), not one per cached value; a change makes new keys."""
    from django.core.cache import cache as shared

    from home import caching

    builds = []
    first = caching.remember(("test-value",), lambda: builds.append(1) or "eerste")
    reads = []
    original_get = shared.get
    monkeypatch.setattr(shared, "get", lambda *args, **kwargs: reads.append(args[0]) or original_get(*args, **kwargs))
    assert caching.remember(("test-value",), lambda: "nooit") == first == "eerste"
    assert not reads and builds == [1]
    caching.bump_content_version()
    assert caching.remember(("test-value",), lambda: "tweede") == "tweede"
