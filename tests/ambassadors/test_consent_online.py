"""Consent collected online: the link, the text as it will be published, agreeing, withdrawing, and bad links."""

import datetime
import hashlib
import re

import pytest
from freezegun import freeze_time

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from stories.consent_links import request_token
from stories.consent_online import canonical_text
from stories.models import ConsentRequest, InterviewConsent, InterviewPage
from tests.ambassadors.conftest import client_for, log

pytestmark = pytest.mark.django_db


@pytest.fixture
def interview(region, people):
    page = log(region, people["sanne"], "Mark Vossen", quote="Hier groei je.")
    return page


def send(people, page, email="mark@example.org"):
    response = client_for(people["sanne"].user).post(f"/admin/interviews/{page.pk}/consent/", {"email": email})
    assert response.status_code == 302
    return link_in(mail.outbox[-1])


def link_in(message):
    found = re.search(r"https?://[^/\s]+(/toestemming/\S+/)", message.body)
    assert found, message.body
    return found.group(1)


def agree(client, url, **extra):
    html = client.get(url).content.decode()
    found = re.search(r'name="revision" value="(\d+)"', html)
    assert found, html[-3000:]
    revision = found.group(1)
    return client.post(url, {"web": "on", "print": "on", "agree": "on", "revision": revision, **extra})


def edit_text(page, title):
    latest = page.get_latest_revision_as_object()
    latest.title = title
    latest.save_revision()


def test_link_shows_latest_text_and_agreeing_records_scope_moment_and_hash(client, interview, people):
    url = send(people, interview)
    request = ConsentRequest.objects.get(page=interview)
    assert request.email == "mark@example.org" and request.state == "pending"
    assert request.expires_at - request.sent_at == datetime.timedelta(days=14)
    assert mail.outbox[-1].to == ["mark@example.org"]

    edit_text(interview, "Mark: “Hier groei je”")  # the draft changes after the link went out
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mark: “Hier groei je”" in html and "Hier groei je." in html
    assert '<meta name="robots" content="noindex">' in html and response["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    expiry = timezone.localdate().replace(year=timezone.localdate().year + 2)
    assert expiry.strftime("%Y") in html

    sent_before = len(mail.outbox)
    response = agree(client, url)
    assert response.status_code == 200 and "Dank je wel voor je toestemming" in response.content.decode()
    consent = InterviewConsent.objects.get(page=interview)
    assert consent.method == "online" and consent.web and consent.print and not consent.social
    assert consent.given_at is not None and consent.given_on == timezone.localdate()
    latest = InterviewPage.objects.get(pk=interview.pk).get_latest_revision_as_object()
    assert consent.text_hash == hashlib.sha256(canonical_text(latest).encode()).hexdigest()
    assert "Hier groei je" in canonical_text(latest)
    confirmation, to_team = mail.outbox[sent_before:]
    assert confirmation.to == ["mark@example.org"] and "/toestemming/intrekken/" in confirmation.body
    assert set(to_team.to) == {"eva@example.org", "sanne@example.org"}
    request.refresh_from_db()
    assert request.state == "given" and request.email == ""  # erased once the confirmation was sent

    again = client.get(url)
    assert "Je hebt al toestemming gegeven" in again.content.decode()
    assert agree_status(client, url, interview) == 200
    assert InterviewConsent.objects.filter(page=interview).count() == 1


def test_online_consent_lets_the_review_publish_and_survives_an_older_revision(client, interview, people):
    url = send(people, interview)
    agree(client, url)
    page = InterviewPage.objects.get(pk=interview.pk)
    revision = page.get_latest_revision()
    revision.publish(user=people["staff"])  # a revision from before the consent
    page.refresh_from_db()
    assert page.live and page.valid_consent().method == "online"
    assert InterviewConsent.objects.filter(page=page, method="online").count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"web": "on"}, "Vink dit aan om je toestemming te geven."),
        ({"agree": "on"}, "Kies minstens één plek waar het interview mag verschijnen."),
    ],
)
def test_bad_answers_get_a_dutch_message_and_save_nothing(client, interview, people, data, message):
    url = send(people, interview)
    revision = interview.get_latest_revision().pk
    response = client.post(url, {**data, "revision": revision})
    assert response.status_code == 200 and message in response.content.decode()
    assert not InterviewConsent.objects.exists()
    assert ConsentRequest.objects.get().state == "pending"


def test_text_changed_while_reading_asks_to_read_again(client, interview, people):
    url = send(people, interview)
    old_revision = interview.get_latest_revision().pk
    edit_text(interview, "Een nieuwe titel")
    response = client.post(url, {"web": "on", "agree": "on", "revision": old_revision})
    html = response.content.decode()
    assert "Het interview is gewijzigd terwijl je het las" in html and "Een nieuwe titel" in html
    assert not InterviewConsent.objects.exists()


def test_withdrawing_unpublishes_at_once_and_tells_staff(client, interview, people):
    agree(client, send(people, interview))
    page = InterviewPage.objects.get(pk=interview.pk)
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live and client.get(page.url).status_code == 200
    withdraw = re.search(r"https?://[^/\s]+(/toestemming/intrekken/\S+/)", mail.outbox[-2].body).group(1)

    assert "Mijn toestemming intrekken" in client.get(withdraw).content.decode()
    page.refresh_from_db()
    assert page.live  # a GET (a mail scanner) changes nothing

    response = client.post(withdraw)
    assert response.status_code == 200 and "ingetrokken" in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    assert InterviewConsent.objects.get(page=page).withdrawn_at is not None
    told = mail.outbox[-1]
    assert "Toestemming ingetrokken" in told.subject and "offline gehaald" in told.body
    assert set(told.to) == {"eva@example.org", "sanne@example.org"}

    # Reused: a clear page, no change.
    assert client.post(withdraw).status_code == 200
    request_link = ConsentRequest.objects.get(page=page)
    url = f"/toestemming/{page.pk}/{request_token(request_link)}/"
    response = client.get(url)
    assert response.status_code == 410 and "ingetrokken" in response.content.decode()
    assert agree_status(client, url, page) == 410
    assert InterviewConsent.objects.filter(page=page).count() == 1


def agree_status(client, url, page):
    return client.post(url, {"web": "on", "agree": "on", "revision": page.get_latest_revision().pk}).status_code


def test_bad_links_get_a_clear_page_and_change_nothing(client, region, interview, people):
    url = send(people, interview)
    other = log(region, people["sanne"], "Kim Verheijen")
    token = url.rstrip("/").rsplit("/", 1)[1]
    cases = {
        "tampered": (url[:-3] + "xx/", 400),
        "for another interview": (f"/toestemming/{other.pk}/{token}/", 400),
        "not a link at all": ("/toestemming/1/%00%27%3Cscript%3E/", 400),
        "withdraw tampered": ("/toestemming/intrekken/abc/", 400),
    }
    for name, (bad, status) in cases.items():
        response = client.get(bad)
        assert response.status_code == status, name
        assert "Deze link werkt niet" in response.content.decode(), name
        assert client.post(bad, {"web": "on", "agree": "on"}).status_code == status, name
    assert not InterviewConsent.objects.exists()


def test_expired_and_replaced_links(client, interview, people):
    first = send(people, interview)
    second = send(people, interview)
    response = client.get(first)
    assert response.status_code == 410 and "Deze link is vervangen" in response.content.decode()
    assert ConsentRequest.objects.filter(state="cancelled", email="").count() == 1
    with freeze_time(timezone.now() + datetime.timedelta(days=15)):
        response = client.get(second)
        assert response.status_code == 410 and "Deze link is verlopen" in response.content.decode()
        assert agree_status(client, second, interview) == 410
        call_command("expire_consents", stdout=open("/dev/null", "w"))
    assert not InterviewConsent.objects.exists()
    assert not ConsentRequest.objects.exclude(email="").exists()  # addresses erased on schedule
    assert ConsentRequest.objects.filter(state="expired").count() == 1


def test_someone_who_cannot_edit_the_interview_cannot_send_a_link(interview, people):
    response = client_for(people["joris"].user).post(
        f"/admin/interviews/{interview.pk}/consent/", {"email": "x@example.org"}
    )
    assert response.status_code == 403 and not ConsentRequest.objects.exists()


def test_invalid_address_is_refused_in_dutch(interview, people):
    response = client_for(people["sanne"].user).post(f"/admin/interviews/{interview.pk}/consent/", {"email": "x@"})
    assert response.status_code == 200 and "geldig e-mailadres" in response.content.decode()
    assert not ConsentRequest.objects.exists()


def test_logged_address_is_offered_and_used(region, people):
    page = log(region, people["sanne"], "Yusuf Demir", email="yusuf@example.org")
    from ambassadors.views import create_interview  # noqa: F401  (the log flow stores the address unsent)

    assert (
        "yusuf@example.org"
        in client_for(people["sanne"].user).get(f"/admin/interviews/{page.pk}/consent/").content.decode()
    )
