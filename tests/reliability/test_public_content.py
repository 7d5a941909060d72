"""Public pages only ever show live, public content: chosen pages, and interviews whose consent ended."""

import datetime

import pytest
from freezegun import freeze_time

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from stories.models import InterviewPage, StoryPage
from tests.builders import make_interview, make_story, make_story_index, page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def chosen(careers):
    """A career whose 'what the region offers' chooses a public story and four pages the public may not see."""
    index = make_story_index(careers.home)
    public = make_story(index, "Publiek verhaal over de zorg", introduction="Iedereen mag dit lezen.")
    draft = make_story(index, "Nog niet gepubliceerd verhaal")
    draft.unpublish()
    secret = make_story(index, "Verhaal achter een wachtwoord")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="geheim")
    members = make_story(index, "Verhaal alleen voor ingelogden")
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    ended = make_interview(index, "Interview met Fenna", consent_days=3, interviewee_name="Fenna Smeets")
    career = careers.nurse
    career.region_offer = [{"type": "page", "value": page.pk} for page in (public, draft, secret, members, ended)]
    career.body_cta = None
    career.save_revision().publish()
    return {"career": careers.nurse, "index": index, "public": public, "ended": ended, "home": careers.home}


def test_career_offer_shows_only_public_live_pages(client, chosen):
    with freeze_time(timezone.now() + datetime.timedelta(days=5)):  # Fenna's consent has ended
        html = client.get(chosen["career"].url).content.decode()
    assert "Publiek verhaal over de zorg" in html
    for hidden in ("Nog niet gepubliceerd", "achter een wachtwoord", "alleen voor ingelogden", "Fenna"):
        assert hidden not in html, hidden


def test_call_to_action_to_a_private_page_is_left_out(client, chosen, careers):
    from tests.builders import make_story as story_with_cta

    secret = StoryPage.objects.get(title="Verhaal achter een wachtwoord")
    page = story_with_cta(
        chosen["index"],
        "Verhaal met knoppen",
        body=[
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Lees verder",
                    "button_label": "Naar het geheim",
                    "page": secret.pk,
                    "link_url": "",
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Meer zorg",
                    "button_label": "Naar het publieke verhaal",
                    "page": chosen["public"].pk,
                    "link_url": "",
                },
            },
        ],
    )
    html = client.get(page.url).content.decode()
    assert "Naar het publieke verhaal" in html
    assert "Naar het geheim" not in html and "Lees verder" not in html


def test_home_hero_link_to_an_unpublished_page_is_left_out(client, chosen):
    home = chosen["home"].specific
    draft = StoryPage.objects.get(title="Nog niet gepubliceerd verhaal")
    home.hero_link, home.hero_link_label = draft, "Naar het concept"
    home.save_revision().publish()
    assert "Naar het concept" not in page_html(client, "/")
    home.hero_link = chosen["public"]
    home.save_revision().publish()
    assert "Naar het concept" in client.get("/").content.decode()


def test_interview_whose_consent_ended_is_refused_at_once(client, chosen):
    """Before the daily command has run, the interview is out of page, listing, search, sitemap and feed."""
    interview = chosen["ended"]
    assert client.get(interview.url).status_code == 200
    assert "Fenna" in client.get(chosen["index"].url).content.decode()
    later = timezone.now() + datetime.timedelta(days=4)  # consent ended yesterday; the command has not run
    with freeze_time(later):
        assert InterviewPage.objects.get(pk=interview.pk).live
        assert client.get(interview.url).status_code == 404
        assert "Fenna" not in page_html(client, chosen["index"].url)
        assert "Fenna" not in page_html(client, chosen["index"].url + "feed/")
        assert "Interview met Fenna" not in page_html(client, "/search/?q=Fenna")
        assert interview.url not in page_html(client, "/sitemap.xml")
        assert "Fenna" not in page_html(client, "/")
        call_command("expire_consents", stdout=open("/dev/null", "w"))
        assert not InterviewPage.objects.get(pk=interview.pk).live


def test_editors_can_still_preview_an_interview_whose_consent_ended(admin_client, chosen):
    interview = chosen["ended"]
    with freeze_time(timezone.now() + datetime.timedelta(days=4)):
        response = admin_client.get(f"/admin/pages/{interview.pk}/edit/preview/")
    assert response.status_code == 200
