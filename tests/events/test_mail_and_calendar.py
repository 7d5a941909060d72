import re

import pytest
from freezegun import freeze_time
from icalendar import Calendar

from django.core import mail

from events import booking as service
from events.models import Registration
from tests.events.conftest import at, form

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"


def cancel_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/afmelden/\?t=\S+)", message.body).group(1)


def parse(text):
    return [c for c in Calendar.from_ical(text).walk() if c.name == "VEVENT"]


@pytest.fixture
def registered(client, agenda, django_capture_on_commit_callbacks):
    event = agenda.event("Banenmarkt zorg", capacity=1, waiting_list=True)
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):
        client.post(event.url, form(name="Sanne Janssen"))
    return event


def test_confirmation_mail_has_ics_and_cancel_link(registered):
    message = mail.outbox[-1]
    assert message.to == ["sanne@example.org"]
    assert "Banenmarkt zorg" in message.subject and "Je aanmelding" in message.subject
    assert "Hallo Sanne Janssen" in message.body and "/afmelden/" in message.body
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar" and name.endswith(".ics")
    (entry,) = parse(content)
    assert str(entry["summary"]) == "Banenmarkt zorg"
    assert entry.decoded("dtstart") == at("2026-12-10", 15)
    assert entry.decoded("dtend") == at("2026-12-10", 18)
    assert "Lindanusstraat 1" in str(entry["location"])
    assert str(entry["url"]).endswith(registered.url)
    assert "Banenmarkt zorg" in message.alternatives[0][0]


def test_waiting_list_mail_then_promotion_mail(client, registered, django_capture_on_commit_callbacks):
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):
        client.post(registered.url, form(email="piet@example.org", name="Piet"))
    waiting = mail.outbox[-1]
    assert waiting.to == ["piet@example.org"] and "wachtlijst" in waiting.subject and not waiting.attachments
    first = cancel_link(mail.outbox[0])
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):
        page = client.get(first)
        assert "Sanne Janssen, je bent aangemeld" in page.content.decode()
        client.post(first)
    promotion = mail.outbox[-1]
    assert promotion.to == ["piet@example.org"] and "plek vrijgekomen" in promotion.subject
    assert parse(promotion.attachments[0][1])
    assert dict(Registration.objects.values_list("email", "status")) == {
        "sanne@example.org": "cancelled",
        "piet@example.org": "confirmed",
    }


def test_cancel_twice_is_harmless(client, registered):
    link = cancel_link(mail.outbox[0])
    with freeze_time(NOW):
        client.post(link)
        response = client.post(link)
    assert response.status_code == 200
    assert "Je aanmelding is geannuleerd" in response.content.decode()
    assert Registration.objects.get().status == "cancelled"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda link: link.replace("?t=", "?t=x"),
        lambda link: link[:-5] + "AAAAA",
        lambda link: link.split("?t=")[0] + "?t=eyJyIjoxfQ:abc:def",
        lambda link: link.split("?t=")[0],
    ],
)
def test_tampered_cancel_links_do_nothing(client, registered, tamper):
    link = tamper(cancel_link(mail.outbox[0]))
    with freeze_time(NOW):
        response = client.post(link)
    assert response.status_code in (400, 404)
    assert Registration.objects.get().status == "confirmed"


def test_cancel_link_of_another_event_does_nothing(client, agenda, registered):
    other = agenda.event("Andere dag")
    token = cancel_link(mail.outbox[0]).split("?t=")[1]
    with freeze_time(NOW):
        assert client.post(f"{other.url}afmelden/?t={token}").status_code == 400
    assert Registration.objects.get().status == "confirmed"


def test_cancel_link_expires_after_the_event(client, registered):
    link = cancel_link(mail.outbox[0])
    with freeze_time("2026-12-10 18:30"):  # the event ended at 18:00 local time (17:00 UTC)
        assert client.post(link).status_code == 400
    assert Registration.objects.get().status == "confirmed"


def test_reminder_command(agenda, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    event = agenda.event("Banenmarkt")
    with freeze_time(NOW):
        service.register(event, "A", "a@example.org", "6041 AB")
    mail.outbox.clear()
    with freeze_time("2026-12-07 08:00"):
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    assert mail.outbox == []  # more than two days before
    with freeze_time("2026-12-08 16:00"):
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1 and "Herinnering" in mail.outbox[0].subject


def test_event_ics_and_calendar_feed(client, agenda):
    soon = agenda.event("Banenmarkt", start="2026-12-10 15:00")
    later = agenda.event(
        "Webinar", start="2027-01-15 19:00", venue_name="", address="", online_url="https://example.org/live"
    )
    agenda.event("Voorbij", start="2026-10-01 10:00")
    with freeze_time(NOW):
        single = client.get(soon.url + "event.ics")
        feed = client.get(agenda.index.url + "calendar.ics")
    assert single["Content-Type"].startswith("text/calendar")
    assert [str(e["summary"]) for e in parse(single.content)] == ["Banenmarkt"]
    entries = parse(feed.content)
    assert [str(e["summary"]) for e in entries] == ["Banenmarkt", "Webinar"]
    assert str(entries[1]["location"]) == "https://example.org/live"
    assert len({str(e["uid"]) for e in entries}) == 2
    assert later.pk
