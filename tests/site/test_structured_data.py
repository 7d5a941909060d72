"""Structured data as a crawler reads it (extruct): Article, BreadcrumbList, Organization, Event, og:image."""

import datetime

import extruct
import pytest
from freezegun import freeze_time

from django.utils import timezone

from home.models import RegioSettings
from tests.builders import (
    make_career,
    make_career_index,
    make_home,
    make_interview,
    make_municipality,
    make_organisation,
    make_story_index,
    make_theme,
)
from tests.conftest import make_image

pytestmark = pytest.mark.django_db


def data(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return extruct.extract(
        response.content.decode(), base_url="http://localhost" + url, syntaxes=["json-ld", "opengraph"]
    )


def of_type(found, kind):
    items = []
    for item in found["json-ld"]:
        items += item.get("@graph", [item])
    return [item for item in items if item.get("@type") == kind]


def test_article_has_image_author_url_and_breadcrumbs(client, django_user_model):
    from ambassadors.models import Ambassador, AmbassadorIndexPage

    home = make_home()
    index = make_story_index(home)
    ambassadors = AmbassadorIndexPage(title="Ambassadeurs", slug="ambassadeurs")
    home.add_child(instance=ambassadors)
    ambassadors.save_revision().publish()
    sanne = Ambassador.objects.create(name="Sanne Peeters", active_from=datetime.date(2024, 1, 1))
    interview = make_interview(index, "Terug in Weert", ambassador=sanne, hero_image=make_image())
    found = data(client, interview.url)
    (article,) = of_type(found, "Article")
    assert article["image"].startswith("http://") and article["image"].endswith(".jpg")
    assert article["author"]["name"] == "Sanne Peeters"
    assert article["author"]["url"].endswith("/ambassadeurs/sanne-peeters/")
    (crumbs,) = of_type(found, "BreadcrumbList")
    assert [item["name"] for item in crumbs["itemListElement"]] == ["Midden-Limburg", "Verhalen", "Terug in Weert"]
    assert [item["position"] for item in crumbs["itemListElement"]] == [1, 2, 3]
    assert not of_type(data(client, "/"), "BreadcrumbList")  # the home page has none


def test_organisation_has_logo_and_address(client):
    home = make_home()
    regio = RegioSettings.for_site(home.get_site())
    regio.organisation_name = "Regio Midden-Limburg"
    regio.logo = make_image("Logo")
    regio.address = "Stationsplein 1\n6041 GJ Roermond"
    regio.save()
    (organisation,) = of_type(data(client, "/"), "Organization")
    assert organisation["logo"].startswith("http://") and organisation["logo"].endswith(".png")
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "NL",
        "streetAddress": "Stationsplein 1",
        "postalCode": "6041 GJ",
        "addressLocality": "Roermond",
    }


def test_event_offer_has_valid_from_and_is_not_in_stock_when_past_or_closed(client, agenda):
    with freeze_time("2026-11-22 10:00"):
        open_event = agenda.event("Banenmarkt", start="2026-12-10 15:00")
        past = agenda.event("Vorig jaar", start="2025-12-10 15:00")
        full = agenda.event("Vol", start="2026-12-12 15:00", capacity=0)
        (offer,) = [of_type(data(client, open_event.url), "Event")[0]["offers"]]
        assert offer["availability"] == "https://schema.org/InStock" and offer["validFrom"]
        assert (
            of_type(data(client, past.url), "Event")[0]["offers"]["availability"] == "https://schema.org/Discontinued"
        )
        assert of_type(data(client, full.url), "Event")[0]["offers"]["availability"] != "https://schema.org/InStock"


def test_career_page_is_shared_with_the_organisations_logo_and_has_a_description(client):
    home = make_home()
    index = make_career_index(home)
    organisation = make_organisation(logo=make_image("Logo Maasvallei"))
    career = make_career(index, "Procesoperator", organisation, make_theme("Chemie"), make_municipality())
    found = data(client, career.url)
    assert found["opengraph"] and any(prop == "og:image" for prop, _value in found["opengraph"][0]["properties"])
    html = client.get(career.url).content.decode()
    assert '<meta name="description" content="' in html


def test_rss_pub_date_is_the_publication_date(client):
    home = make_home()
    index = make_story_index(home)
    interview = make_interview(index, "Terug in Weert", publication_date=datetime.date(2026, 3, 2))
    interview.refresh_from_db()
    assert interview.first_published_at.date() != datetime.date(2026, 3, 2)
    rss = client.get("/verhalen/feed/").content.decode()
    assert "<pubDate>Mon, 02 Mar 2026 09:00:00 +0100</pubDate>" in rss


def test_ical_uids_carry_the_sites_domain(client, agenda):
    with freeze_time("2026-11-22 10:00"):
        event = agenda.event("Banenmarkt", start="2026-12-10 15:00")
        ics = client.get(event.url + "event.ics").content.decode()
    assert f"UID:event-{event.pk}@localhost" in ics


def test_hero_srcset_never_repeats_a_width(client):
    home = make_home()
    home.hero_image = make_image(size=(900, 500))  # smaller than the largest specs
    home.save_revision().publish()
    html = client.get("/").content.decode()
    srcset = html.split('srcset="', 1)[1].split('"', 1)[0]
    widths = [entry.split()[-1] for entry in srcset.split(", ")]
    assert len(widths) == len(set(widths)) >= 1


def test_interview_questions_follow_the_heading_order(client):
    index = make_story_index(make_home())
    interview = make_interview(
        index,
        "Terug in Weert",
        body=[{"type": "question_answer", "value": {"question": "Waarom terug?", "answer": "<p>Werk.</p>"}}],
    )
    html = client.get(interview.url).content.decode()
    assert '<h2 class="block-qa__question">Waarom terug?</h2>' in html


def test_mail_html_has_a_title(agenda):
    from django.core import mail

    from events.booking import register

    with freeze_time("2026-11-22 10:00"):
        register(agenda.event("Banenmarkt", start="2026-12-10 15:00"), "Sanne", "s@example.org", postcode="6041 AB")
    html = mail.outbox[-1].alternatives[0][0]
    assert f"<title>{mail.outbox[-1].subject}</title>" in html
    assert timezone.now()


def test_registration_form_marks_required_fields_links_errors_and_the_privacy_statement(client, agenda):
    from home.demo.statements import create

    regio = RegioSettings.for_site(agenda.home.get_site())
    regio.privacy_page, regio.accessibility_page = create(agenda.home)
    regio.save()
    with freeze_time("2026-11-22 10:00"):
        event = agenda.event("Banenmarkt", start="2026-12-10 15:00")
        html = client.get(event.url).content.decode()
        assert 'autocomplete="email"' in html and 'autocomplete="postal-code"' in html and 'autocomplete="name"' in html
        assert 'class="field--required"' in html and "required" in html and "Velden met een * zijn verplicht." in html
        assert "Naam:</label>" not in html  # no trailing colons
        assert 'href="/privacy/">Lees de privacyverklaring' in html
        assert 'href="/privacy/">Privacy</a>' in html and 'href="/toegankelijkheid/">Toegankelijkheid</a>' in html
        errors = client.post(event.url, {"name": "", "email": "x"}).content.decode()
    assert 'id="form-errors"' in errors and 'href="#id_name"' in errors and 'href="#id_email"' in errors
    assert "Privacyverklaring" in client.get("/privacy/").content.decode()


def test_a_story_ends_with_matching_open_careers_and_upcoming_events(client, agenda):
    from tests.builders import make_story

    with freeze_time("2026-11-22 10:00", tick=True):
        index = make_story_index(agenda.home)
        careers = make_career_index(agenda.home)
        organisation = make_organisation()
        care = agenda.care
        story = make_story(index, "Zorgen in Roermond", themes=[care])
        make_career(careers, "Verpleegkundige", organisation, care, agenda.roermond)
        make_career(
            careers,
            "Gesloten zorgbaan",
            organisation,
            care,
            agenda.roermond,
            date_posted=datetime.date(2025, 11, 1),
            valid_through=datetime.date(2026, 1, 1),
        )
        make_career(careers, "Lasser", organisation, make_theme("Techniek"), agenda.roermond)
        agenda.event("Zorgmarkt", start="2026-12-10 15:00", themes=[care])
        html = client.get(story.url).content.decode()
    section = html[html.index('id="next-title"') :]
    assert "Verpleegkundige" in section and "Zorgmarkt" in section
    assert "Gesloten zorgbaan" not in section and "Lasser" not in section
