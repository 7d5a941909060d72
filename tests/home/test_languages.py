"""Languages: Dutch at /, English at /en/, German at /de/; the switcher and hreflang only name pages that exist."""

import re

import pytest

from django.test import override_settings
from django.urls import clear_url_caches

from wagtail.models import Locale

from tests.builders import make_home, make_region_story, page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    for code in ("en", "de"):
        Locale.objects.get_or_create(language_code=code)
    home = make_home()
    story = make_region_story(home)
    return home, story


def translate(page, code, **fields):
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    translation = translation.specific_class.objects.get(pk=translation.pk)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def test_each_language_answers_at_its_prefix_with_its_lang_attribute(client, site):
    home, _story = site
    translate(home, "en", title="Midden-Limburg EN", hero_heading="Room to grow")
    assert '<html lang="nl">' in page_html(client, "/")
    english = page_html(client, "/en/")
    assert '<html lang="en">' in english and "Room to grow" in english
    assert client.get("/en/").headers["Content-Language"] == "en"
    assert "Accept-Language" not in client.get("/en/").headers.get("Vary", "")


def test_dutch_is_never_chosen_by_the_browser_language(client, site):
    html = page_html(client, "/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert '<html lang="nl">' in html


def test_switcher_and_hreflang_only_name_existing_translations(client, site):
    home, story = site
    translate(home, "en", title="Home EN")
    translate(home, "de", title="Home DE")
    translate(story, "en", title="Our story", slug="our-story")
    html = page_html(client, "/ons-verhaal/")
    links = hreflangs(html)
    assert set(links) == {"nl", "en", "x-default"}  # no German story: German left out
    assert links["en"].endswith("/en/our-story/") and links["x-default"] == links["nl"]
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/our-story/"' in switcher and "/de/" not in switcher


def test_hreflang_sets_are_symmetric(client, site):
    home, story = site
    for code in ("en", "de"):
        translate(home, code, title=f"Home {code}")
        translate(story, code, title=f"Story {code}", slug=f"story-{code}")
    sets = [hreflangs(page_html(client, path)) for path in ("/ons-verhaal/", "/en/story-en/", "/de/story-de/")]
    assert sets[0] == sets[1] == sets[2] and set(sets[0]) == {"nl", "en", "de", "x-default"}


def test_an_unpublished_translation_is_not_offered(client, site):
    home, story = site
    translate(home, "en", title="Home EN")
    english = translate(story, "en", title="Our story", slug="our-story")
    english.unpublish()
    assert "en" not in hreflangs(page_html(client, "/ons-verhaal/"))
    assert client.get("/en/our-story/").status_code == 404


def test_unknown_prefix_is_a_normal_404_and_a_switched_off_language_redirects_to_dutch(client, site):
    home, _story = site
    translate(home, "de", title="Home DE")
    assert client.get("/fr/").status_code == 404
    on = [("nl", "Nederlands"), ("en", "English")]
    with override_settings(LANGUAGES=on, WAGTAIL_CONTENT_LANGUAGES=on):
        clear_url_caches()
        response = client.get("/de/unsere-geschichte/?utm_source=x")
        assert response.status_code == 302 and response["Location"] == "/unsere-geschichte/?utm_source=x"
        assert 'hreflang="de"' not in page_html(client, "/")
    clear_url_caches()


def test_a_translated_home_keeps_a_small_query_budget(client, site, django_assert_max_num_queries):
    home, _story = site
    translate(home, "en", title="Home EN")
    client.get("/en/")
    with django_assert_max_num_queries(15):
        assert client.get("/en/").status_code == 200


def test_a_mail_goes_out_in_the_language_the_visitor_used(agenda, django_capture_on_commit_callbacks):
    from django.core import mail
    from django.utils import translation

    from events import booking as service
    from home.models import OutgoingMail

    event = agenda.event("Banenmarkt zorg")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        service.register(event, "Sam Smith", "sam@example.org", "", True, None, {})
    with translation.override("nl"), django_capture_on_commit_callbacks(execute=True):
        service.register(event, "Sanne Janssen", "sanne@example.org", "6041 AB", False, None, {})
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects["sam@example.org"] == "Your registration: Banenmarkt zorg"
    assert subjects["sanne@example.org"].startswith("Je aanmelding")
    assert set(OutgoingMail.objects.values_list("language", flat=True)) <= {"en", "nl"}


def test_interface_text_follows_the_language(client, site):
    home, _story = site
    translate(home, "en", title="Home EN")
    translate(home, "de", title="Home DE")
    assert ">Naar de inhoud<" in page_html(client, "/")
    assert ">Skip to content<" in page_html(client, "/en/")
    german = page_html(client, "/de/")
    assert ">Zum Inhalt springen<" in german and 'placeholder="Suchen…"' in german


def test_the_sitemap_lists_every_language_and_no_draft(client, site):
    home, story = site
    translate(home, "en", title="Home EN")
    translate(story, "en", title="Our story", slug="our-story")
    home.copy_for_translation(Locale.objects.get(language_code="de"))  # a German draft, never published
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/ons-verhaal/" in xml and "http://localhost/en/our-story/" in xml
    assert "http://localhost/en/</loc>" in xml and "/de/" not in xml


def test_every_language_version_of_an_event_shares_one_capacity(client, agenda, django_capture_on_commit_callbacks):
    from events.models import Registration
    from tests.events.conftest import form

    event = agenda.event("Banenmarkt zorg", capacity=1)
    translate(agenda.home, "en", title="Home EN")
    translate(agenda.index, "en", title="Events", slug="events")
    english = translate(event, "en", title="Healthcare job fair", slug="healthcare-job-fair")
    assert english.url == "/en/events/healthcare-job-fair/"
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(english.url, form(email="sam@example.org"), HTTP_SEC_FETCH_SITE="same-origin")
    assert first.status_code == 303
    assert Registration.objects.get(email="sam@example.org").event_id == event.pk  # the original holds it
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.url, form(email="sanne@example.org"), HTTP_SEC_FETCH_SITE="same-origin")
    assert Registration.objects.filter(event=event, status="confirmed").count() == 1  # never overbooked
    english_page, dutch_page = page_html(client, english.url), page_html(client, event.url)
    assert "<dd>Full</dd>" in english_page and "<dd>Vol</dd>" in dutch_page


def test_editors_see_which_pages_miss_or_need_an_update_of_a_translation(admin_client, site):
    home, story = site
    translate(home, "en", title="Home EN")
    translate(home, "de", title="Home DE")
    translate(story, "en", title="Our story", slug="our-story")
    story.title = "Het verhaal, herschreven"
    story.save_revision().publish()  # the original changed after its English translation
    response = admin_client.get("/admin/vertalingen/")
    assert response.status_code == 200
    html = response.content.decode()
    rows = re.findall(r"<tr.*?</tr>", html, re.S)
    story_row = next(row for row in rows if "Het verhaal, herschreven" in row)
    home_row = next(row for row in rows if "Mijn regio" in row or "Midden-Limburg" in row)
    assert "verouderd" in story_row and "ontbreekt" in story_row  # English outdated, German missing
    assert story_row.count("actueel") == 0 and home_row.count("actueel") == 2


def test_the_story_feed_of_a_language_lists_its_stories_in_that_language(client, site):
    from tests.builders import make_story, make_story_index

    home, _story = site
    index = make_story_index(home)
    make_story(index, "Werken aan de Maas", slug="werken-aan-de-maas")
    translate(home, "en", title="Home EN")
    english_index = translate(index, "en", title="Stories", slug="stories")
    dutch_story = index.get_children().first().specific
    translate(dutch_story, "en", title="Working on the Maas", slug="working-on-the-maas")
    feed = client.get(english_index.url + "feed/").content.decode()
    assert "<language>en</language>" in feed and "Working on the Maas" in feed and "Werken aan de Maas" not in feed
    assert "<language>nl</language>" in client.get("/verhalen/feed/").content.decode()


def test_the_translations_report_is_in_the_menu_of_editors(client, site, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("redactie", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "/admin/vertalingen/" in client.get("/admin/").content.decode()
