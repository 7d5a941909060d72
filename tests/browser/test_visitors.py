"""Visitors in a real browser: register for an event on a phone and cancel, filter careers and save an alert."""

import re
from urllib.parse import urlsplit

import pytest

from django.core import mail

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PHONE = {"width": 390, "height": 844}


def local(live_server, absolute_url):
    """The path of a link from a mail, on the live server."""
    parts = urlsplit(absolute_url)
    return f"{live_server.url}{parts.path}{'?' + parts.query if parts.query else ''}"


def test_visitor_registers_on_a_phone_and_cancels_through_the_mail(live_server, page, agenda):
    event = agenda.event("Banenmarkt Roermond", start="2027-03-10 15:00", capacity=40)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + event.url)
    assert_accessible(page)
    page.get_by_label("Naam").fill("Sanne Janssen")
    page.get_by_label("E-mailadres").fill("sanne@example.org")
    page.get_by_label("Postcode").fill("6041 AB")
    page.get_by_label(re.compile("Ik ga akkoord")).check()
    page.get_by_role("button", name=re.compile("Aanmelden")).click()
    page.get_by_text("Je bent aangemeld").wait_for()
    assert_accessible(page)

    confirmation = next(m for m in mail.outbox if m.to == ["sanne@example.org"])
    cancel_link = re.search(r"https?://\S+/afmelden/\?t=\S+", confirmation.body).group(0)
    page.goto(local(live_server, cancel_link))
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("annuleer mijn aanmelding")).click()
    page.get_by_role("heading", name=re.compile("geannuleerd")).wait_for()
    assert_accessible(page)
    from events.models import Registration

    assert Registration.objects.get(email="sanne@example.org").status == "cancelled"


def test_job_seeker_filters_careers_and_saves_an_alert(live_server, page, careers):
    page.goto(live_server.url + careers.index.url)
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"^Logistiek")).first.click()
    page.wait_for_url(re.compile(r"sector=logistiek"))
    assert page.get_by_text("Orderpicker").count() >= 1
    assert page.get_by_text("Verpleegkundige SEH").count() == 0
    assert_accessible(page)
    page.get_by_label("Je e-mailadres").fill("jan@example.org")
    page.get_by_role("button", name=re.compile("nieuwe vacatures", re.I)).click()
    page.get_by_text("Kijk in je mailbox").wait_for()
    from careers.models import JobAlert

    alert = JobAlert.objects.get()
    assert alert.email == "jan@example.org" and alert.query == {"sector": ["logistiek"]}
    assert_accessible(page)


def test_visitor_signs_up_for_the_newsletter_and_confirms_through_the_mail(live_server, page, agenda):
    # The form has no CSRF token for anonymous visitors: only a real browser's Fetch Metadata lets it through.
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/nieuwsbrief/")
    page.get_by_label("Je e-mailadres").fill("lies@example.org")
    page.get_by_label(agenda.pupils.name).check()
    page.get_by_role("button", name="Meld mij aan").click()
    page.get_by_role("heading", name="Kijk in je mailbox").wait_for()
    from partners.models import Subscriber

    subscriber = Subscriber.objects.get(email="lies@example.org")
    assert [group.pk for group in subscriber.target_groups.all()] == [agenda.pupils.pk]
    confirmation = next(m for m in mail.outbox if m.to == ["lies@example.org"])
    page.goto(local(live_server, re.search(r"https?://\S+/bevestigen/\S+/", confirmation.body).group(0)))
    page.get_by_role("button", name="Start mijn nieuwsbrief").click()
    page.get_by_role("heading", name="Je nieuwsbrief staat aan").wait_for()
    assert_accessible(page)
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is not None
