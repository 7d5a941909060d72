"""Shared content in three languages: vocabulary, facts, core messages and organisations are translatable
snippets; pages keep referring to the Dutch originals, and visitors read the words of their language."""

import re

import pytest

from django.core import mail
from django.utils import translation

from wagtail.models import Locale

from home.localized import localized
from home.models import Fact, Municipality, TargetGroup, Theme
from tests.builders import (
    make_career,
    make_career_index,
    make_core_message,
    make_fact,
    make_home,
    make_municipality,
    make_organisation,
    make_poster,
    make_region_story,
    make_story,
    make_story_index,
    make_target_group,
    make_theme,
    page_html,
)
from tests.home.test_languages import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "en", "de")}


def translate_snippet(original, locale, **fields):
    copy = original.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def test_a_figure_changed_once_changes_in_every_language_and_labels_stay_per_language(client, locales):
    fact = make_fact(value=40000, label="werknemers pendelen elke dag de regio uit")
    translate_snippet(fact, locales["en"], label="workers commute out every day")
    translate_snippet(fact, locales["de"], label="Beschäftigte pendeln jeden Tag aus")
    home = make_home()
    poster = make_poster(home, [fact], title="In feiten", slug="in-feiten")
    for code in ("en", "de"):
        translate(home, code, title=f"Home {code}")
        translate(poster, code, title=f"Facts {code}", slug=f"facts-{code}")

    fact.value = 41500
    fact.save()

    dutch, english, german = (page_html(client, path) for path in ("/in-feiten/", "/en/facts-en/", "/de/facts-de/"))
    assert "41.500" in dutch and "werknemers pendelen" in dutch
    assert "41,500" in english and "workers commute out every day" in english and "werknemers" not in english
    assert "41.500" in german and "Beschäftigte pendeln" in german
    assert set(Fact.objects.filter(translation_key=fact.translation_key).values_list("value", flat=True)) == {41500}


def test_a_translation_cannot_change_the_shared_figure(locales):
    fact = make_fact(value=12, unit="%", reference_year=2023)
    english = translate_snippet(fact, locales["en"], label="unemployment")
    english.value, english.reference_year = 99, 2001
    english.save()
    english.refresh_from_db()
    assert (english.value, english.reference_year, english.label) == (12, 2023, "unemployment")


def test_deleting_an_original_deletes_its_translations(locales):
    theme = make_theme("Logistiek")
    translate_snippet(theme, locales["en"], name="Logistics")
    theme.delete()
    assert not Theme.objects.exists()


def test_editors_can_only_choose_dutch_originals_for_pages(admin_client, locales):
    group = make_target_group("Scholieren")
    translate_snippet(group, locales["en"], name="Pupils", switcher_label="a pupil")
    index = make_story_index(make_home())
    html = admin_client.get(f"/admin/pages/add/stories/storypage/{index.pk}/").content.decode()
    assert ">Scholieren<" in html and "Pupils" not in html


def test_story_filters_and_tags_read_in_the_visitors_language(client, locales):
    home = make_home()
    group = make_target_group("Werkzoekenden", slug="werkzoekenden")
    translate_snippet(group, locales["en"], name="Job seekers", switcher_label="looking for work")
    place = make_municipality("Roermond")
    index = make_story_index(home, slug="verhalen")
    story = make_story(index, "Terug naar Roermond", groups=[group], municipality=place)
    translate(home, "en", title="Home")
    english_index = translate(index, "en", title="Stories", slug="stories")
    translate(story, "en", title="Back to Roermond", slug="back-to-roermond")
    english = page_html(client, "/en/stories/")
    assert "Job seekers" in english and "Werkzoekenden" not in english
    filtered = page_html(client, "/en/stories/?doelgroep=werkzoekenden")
    assert "Back to Roermond" in filtered
    assert "Werkzoekenden" in page_html(client, "/verhalen/")
    assert english_index.pk != index.pk
    # A filter value works the same in every language: the slug is shared.
    assert TargetGroup.objects.filter(slug="werkzoekenden").count() == 2
    assert "Job seekers" in page_html(client, "/en/stories/back-to-roermond/")


def test_core_messages_and_target_groups_on_the_home_page(client, locales):
    fact = make_fact(value=7, label="gemeenten")
    message = make_core_message("Innovatieve economie", facts=[fact])
    translate_snippet(message, locales["de"], title="Innovative Wirtschaft", summary="Industrie wächst.")
    group = make_target_group("Werkzoekenden", label="werkzoekende", slug="werkzoekenden")
    translate_snippet(group, locales["de"], name="Arbeitsuchende", switcher_label="auf Jobsuche")
    home = make_home()
    make_region_story(home)
    translate(home, "de", title="Start")
    german = page_html(client, "/de/")
    assert "Innovative Wirtschaft" in german and "auf Jobsuche" in german
    assert "Innovatieve economie" not in german
    for_group = page_html(client, "/de/voor/werkzoekenden/")
    assert "Arbeitsuchende" in for_group or "auf Jobsuche" in for_group


def test_untranslated_shared_content_falls_back_to_dutch(locales):
    place = make_municipality("Nederweert")
    with translation.override("de"):
        assert localized(place).name == "Nederweert"
    english = translate_snippet(place, locales["en"], name="Nederweert (EN)")
    with translation.override("en"):
        assert localized(place) == english
    with translation.override("nl"):
        assert localized(english) == place  # a row in another language maps back to the original


def test_postcodes_belong_to_the_original_only(locales):
    place = make_municipality("Roermond", ranges=((6040, 6047),))
    translate_snippet(place, locales["en"], name="Roermond")
    assert list(Municipality.objects.for_postcode("6041 AB")) == [place]


def test_english_visitors_see_the_dutch_careers_with_the_english_friendly_filter_offered(client, locales):
    home = make_home()
    index = make_career_index(home, slug="werken")
    sector = make_theme("Zorg")
    translate_snippet(sector, locales["en"], name="Care")
    place = make_municipality("Weert")
    organisation = make_organisation("Zorggroep")
    make_career(index, "Verpleegkundige", organisation, sector, place, english_friendly=True)
    make_career(index, "Helpende", organisation, sector, place, english_friendly=False)
    translate(home, "en", title="Home")
    translate(index, "en", title="Work and learn", slug="work")
    english = page_html(client, "/en/work/")
    assert "Verpleegkundige" in english and "Helpende" in english
    assert "Show English-friendly careers" in english and "Care" in english
    filtered = page_html(client, "/en/work/?engels=ja")
    assert "Verpleegkundige" in filtered and "Helpende" not in filtered
    assert "Show English-friendly careers" not in filtered
    assert "English-friendly careers" not in page_html(client, "/werken/")


def test_a_job_alert_mails_in_the_language_it_was_made_in(client, locales, django_capture_on_commit_callbacks):
    from careers.models import JobAlert

    home = make_home()
    index = make_career_index(home, slug="werken")
    translate(home, "en", title="Home")
    translate(index, "en", title="Work and learn", slug="work")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/work/alert/", {"email": "sam@example.org", "search": "engels=ja"})
    assert response.status_code == 303
    alert = JobAlert.objects.get()
    assert alert.language == "en"
    assert mail.outbox[0].subject == "Confirm your job alert"
    link = re.search(r"https?://[^\s\"<]+/vacaturealert/[^\s\"<]+", mail.outbox[0].body).group(0)
    confirm_page = client.get("/" + link.split("://", 1)[1].split("/", 1)[1]).content.decode()
    assert "Start my job alert" in confirm_page


@pytest.mark.parametrize("code", ["nl", "en", "de"])
def test_home_story_index_and_career_index_stay_within_15_queries_in_every_language(
    client, locales, code, django_assert_max_num_queries
):
    home = make_home()
    stories, careers = make_story_index(home, slug="verhalen"), make_career_index(home, slug="werken")
    groups = [make_target_group(f"Groep {n}", slug=f"groep-{n}") for n in range(3)]
    themes = [make_theme(f"Thema {n}") for n in range(3)]
    place, organisation = make_municipality("Weert"), make_organisation("Zorggroep")
    for n in range(6):
        make_story(
            stories, f"Verhaal {n}", groups=groups[: n % 3 + 1], themes=themes[:2], municipality=place, publish=False
        )
        make_career(careers, f"Baan {n}", organisation, themes[n % 3], place, groups=groups[:1], publish=False)
    make_core_message("Boodschap", facts=[make_fact()])
    prefix = ""
    if code != "nl":
        for row in [*groups, *themes]:
            translate_snippet(row, locales[code], name=f"{row.name} ({code})")
        translate(home, code, title=f"Home {code}")
        translate(stories, code, title="Stories", slug="stories")
        translate(careers, code, title="Careers", slug="careers")
        prefix = f"/{code}"
    paths = [f"{prefix}/", f"{prefix}/{'verhalen' if code == 'nl' else 'stories'}/"]
    paths.append(f"{prefix}/{'werken' if code == 'nl' else 'careers'}/")
    for path in paths:
        assert client.get(path).status_code == 200  # caches warm, as after the first visitor
        with django_assert_max_num_queries(15):
            assert client.get(path).status_code == 200


def test_the_tagline_follows_the_language_and_falls_back_to_dutch(client, locales):
    from wagtail.models import Site

    from home.models import RegioSettings

    home = make_home()
    translate(home, "en", title="Home")
    translate(home, "de", title="Start")
    regio = RegioSettings.for_site(Site.objects.get(is_default_site=True))
    regio.tagline, regio.tagline_en = "Ruimte om te groeien", "Room to grow"
    regio.save()
    assert "Ruimte om te groeien" in page_html(client, "/")
    english = page_html(client, "/en/")
    assert "Room to grow" in english and "Ruimte om te groeien" not in english
    assert "Ruimte om te groeien" in page_html(client, "/de/")  # no German tagline yet


def test_the_editor_of_a_translated_fact_shows_the_shared_figure_as_not_editable(admin_client, locales):
    fact = make_fact(value=12, unit="%")
    english = translate_snippet(fact, locales["en"], label="unemployment")
    html = admin_client.get(f"/admin/snippets/home/fact/edit/{english.pk}/").content.decode()
    value_input = re.search(r'<input[^>]*name="value"[^>]*>', html).group(0)
    assert "disabled" in value_input and "Nederlandse origineel" in html  # the admin speaks Dutch
    original = admin_client.get(f"/admin/snippets/home/fact/edit/{fact.pk}/").content.decode()
    assert "disabled" not in re.search(r'<input[^>]*name="value"[^>]*>', original).group(0)


def test_a_translated_event_asks_its_questions_in_its_language_and_stores_the_dutch_answer(
    client, agenda, locales, django_capture_on_commit_callbacks
):
    from events.models import EventQuestion, Registration
    from tests.events.conftest import form

    event = agenda.event(
        "Banenmarkt zorg", questions=[("Hoe heb je ervan gehoord?", "Social media\nSchool\nKrant", True)]
    )
    translate(agenda.home, "en", title="Home EN")
    translate(agenda.index, "en", title="Events", slug="events")
    english = translate(event, "en", title="Care job fair", slug="care-job-fair")
    question = english.questions.get()
    assert question.locale.language_code == "en" and question.translation_key == event.questions.get().translation_key
    question.label, question.choices = "How did you hear about it?", "Social media\nSchool\nNewspaper"
    question.save()  # as the translation editor would, then publish
    type(english).objects.get(pk=english.pk).save_revision().publish()
    question = EventQuestion.objects.get(event=english)
    html = page_html(client, english.url)
    assert "How did you hear about it?" in html and "Newspaper" in html and "Krant" not in html
    answer = {f"question_{question.pk}": "Newspaper"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(english.url, form(email="sam@example.org", **answer), HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 303
    registration = Registration.objects.get(email="sam@example.org")
    assert registration.event_id == event.pk and registration.answers == {"Hoe heb je ervan gehoord?": "Krant"}


def test_editors_translate_pages_and_snippets_with_wagtail_localize(admin_client, agenda, locales):
    from events.models import EventPage

    event = agenda.event("Banenmarkt zorg", questions=[("Welke workshop?", "A\nB", False)], groups=[agenda.pupils])
    for page in (agenda.home, agenda.index):
        response = admin_client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locales["en"].pk]})
        assert response.status_code == 302
    response = admin_client.post(f"/admin/localize/submit/page/{event.pk}/", {"locales": [locales["en"].pk]})
    assert response.status_code == 302
    english = EventPage.objects.get(locale=locales["en"])
    assert english.questions.get().locale == locales["en"]
    assert list(english.target_groups.all()) == [agenda.pupils]  # the Dutch original, not a translation
    fact = make_fact(label="banen in de zorg")
    response = admin_client.post(
        f"/admin/localize/submit/snippet/home/fact/{fact.pk}/", {"locales": [locales["de"].pk]}
    )
    assert response.status_code == 302
    german = Fact.objects.get(translation_key=fact.translation_key, locale=locales["de"])
    assert german.value == fact.value and german.source_name == fact.source_name
