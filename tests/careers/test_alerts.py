import re
from datetime import timedelta

import pytest
from freezegun import freeze_time

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from careers.models import CareerPage, JobAlert

pytestmark = pytest.mark.django_db


def subscribe(client, email="jan@example.org", search="sector=zorg&q=verpleegkundige", **extra):
    return client.post(
        "/werken-en-leren/alert/", {"email": email, "search": search, "website": "", **extra}, follow=True
    )


def link(message, path):
    return re.search(rf"https?://[^/\s]+(/vacaturealert/{path}/[^/\s]+/)", message.body).group(1)


def test_subscribe_sends_a_confirmation_and_no_digest_before_it(client, careers):
    response = subscribe(client)
    assert response.status_code == 200
    alert = JobAlert.objects.get()
    assert alert.email == "jan@example.org"
    assert alert.query == {"sector": ["zorg"], "q": "verpleegkundige"}
    assert alert.confirmed_at is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["jan@example.org"]
    assert "/vacaturealert/bevestigen/" in mail.outbox[0].body
    mail.outbox.clear()
    careers.career("Verpleegkundige nacht")
    call_command("send_job_alerts")
    assert mail.outbox == []  # unconfirmed: nothing


def test_confirm_then_weekly_digest_with_new_matches_only(client, careers):
    CareerPage.objects.update(first_published_at="2026-11-01T08:00:00Z")  # published before the alert
    with freeze_time("2026-11-22 10:00"):
        subscribe(client)
        confirm = link(mail.outbox[0], "bevestigen")
        assert client.get(confirm).status_code == 200
        assert JobAlert.objects.get().confirmed_at is None  # a link scanner's GET confirms nothing
        assert client.post(confirm).status_code == 200
        assert JobAlert.objects.get().confirmed_at is not None
        assert client.post(confirm).status_code == 200  # twice is harmless
        mail.outbox.clear()
    with freeze_time("2026-11-24 09:00"):
        careers.career("Verpleegkundige nachtdienst", valid_through="2027-03-01")
        careers.career("Verpleegkundige in Weert", municipality=careers.weert, valid_through="2027-03-01")
        careers.career(
            "Orderpicker nacht", organisation=careers.warehouse, sector=careers.logistics, valid_through="2027-03-01"
        )
    with freeze_time("2026-11-29 07:00"):
        call_command("send_job_alerts")
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert "Verpleegkundige nachtdienst" in digest.body and "Verpleegkundige in Weert" in digest.body
    assert "Orderpicker" not in digest.body
    assert "Verpleegkundige SEH" not in digest.body  # not new
    assert "/vacaturealert/afmelden/" in digest.body
    assert digest.extra_headers["List-Unsubscribe"].startswith("<http")
    html = digest.alternatives[0][0]
    assert "Verpleegkundige nachtdienst" in html and "afmelden" in html
    mail.outbox.clear()
    with freeze_time("2026-11-30 07:00"):
        careers.career("Verpleegkundige IC", valid_through="2027-03-01")
        call_command("send_job_alerts")
    assert mail.outbox == []  # at most once a week
    with freeze_time("2026-12-06 07:00"):
        call_command("send_job_alerts")
    assert len(mail.outbox) == 1 and "Verpleegkundige IC" in mail.outbox[0].body
    assert "nachtdienst" not in mail.outbox[0].body


def test_unsubscribe_deletes_the_alert_in_one_click(client, careers):
    subscribe(client)
    JobAlert.objects.update(confirmed_at=timezone.now() - timedelta(days=8))
    careers.career("Verpleegkundige nachtdienst")
    call_command("send_job_alerts")
    unsubscribe = link(mail.outbox[-1], "afmelden")
    page = client.get(unsubscribe)
    assert page.status_code == 200 and '<form method="post">' in page.content.decode()
    assert JobAlert.objects.exists()  # a link scanner's GET unsubscribes nobody
    assert client.post(unsubscribe).status_code == 200  # the button, or the RFC 8058 one-click POST
    assert not JobAlert.objects.exists()
    again = client.post(unsubscribe)  # again: harmless
    assert again.status_code == 200 and "afgemeld" in again.content.decode()


@pytest.mark.parametrize("token", ["abc", "eyJhIjoxfQ:1tamper:sig"])
def test_an_invalid_or_truncated_unsubscribe_link_says_so(client, careers, token):
    subscribe(client)
    JobAlert.objects.update(confirmed_at=timezone.now())
    alert = JobAlert.objects.get()
    from careers.alerts import unsubscribe_token

    for bad in (token, unsubscribe_token(alert)[:-6]):
        for method in (client.get, client.post):
            response = method(f"/vacaturealert/afmelden/{bad}/")
            assert response.status_code == 400
            assert "werkt niet" in response.content.decode()
    assert JobAlert.objects.exists()


@pytest.mark.parametrize("token", ["abc", "eyJhIjoxfQ:1tamper:sig"])
def test_tampered_links_do_nothing(client, careers, token):
    subscribe(client)
    assert client.get(f"/vacaturealert/bevestigen/{token}/").status_code == 400
    client.get(f"/vacaturealert/afmelden/{token}/")
    assert JobAlert.objects.get().confirmed_at is None


def test_confirm_link_of_another_salt_or_too_old_does_not_work(client, careers):
    with freeze_time("2026-11-01 10:00"):
        subscribe(client)
    confirm = link(mail.outbox[0], "bevestigen")
    unsubscribe_style = confirm.replace("bevestigen", "afmelden")
    client.get(unsubscribe_style)
    assert JobAlert.objects.exists()
    with freeze_time("2026-11-20 10:00"):
        assert client.get(confirm).status_code == 400
    assert JobAlert.objects.get().confirmed_at is None


def test_unconfirmed_addresses_are_deleted_after_a_week(client, careers):
    with freeze_time("2026-11-01 10:00"):
        subscribe(client)
    with freeze_time("2026-11-09 10:00"):
        call_command("send_job_alerts")
    assert not JobAlert.objects.exists()


@pytest.mark.parametrize("email", ["", "geen-adres", "a@b", "x" * 300 + "@example.org", "<script>@x.nl"])
def test_bad_address_shows_the_form_with_a_dutch_message(client, careers, email):
    response = subscribe(client, email=email)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    assert "e-mailadres" in html
    assert "<script>@" not in html
    assert not JobAlert.objects.exists() and mail.outbox == []


def test_honeypot_and_rate_limit(client, careers):
    subscribe(client, website="http://spam.example")
    assert not JobAlert.objects.exists() and mail.outbox == []
    for n in range(5):
        subscribe(client, email=f"p{n}@example.org")
    response = subscribe(client, email="p6@example.org")
    assert JobAlert.objects.count() == 5
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "Te veel" in response.content.decode()


def test_the_answer_never_tells_whether_an_address_is_known(client, careers):
    first = subscribe(client).content.decode()
    JobAlert.objects.update(confirmed_at=timezone.now())
    mail.outbox.clear()
    second = subscribe(client).content.decode()
    strip = lambda html: re.sub(r'(name="csrfmiddlewaretoken" value|nonce)="[^"]+"', "", html)  # noqa: E731
    assert strip(first) == strip(second)
    assert mail.outbox == []  # already confirmed: no new mail
    assert JobAlert.objects.count() == 1


def test_alert_form_carries_the_current_search(client, careers):
    html = client.get("/werken-en-leren/?sector=zorg&q=verpleegkundige").content.decode()
    assert 'name="search" value="q=verpleegkundige&amp;sector=zorg"' in html


def test_signing_up_redirects_so_a_refresh_never_signs_up_twice(client, careers):
    from careers.models import JobAlert

    response = client.post(
        "/werken-en-leren/alert/", {"email": "jan@example.org", "search": "sector=logistiek", "website": ""}
    )
    assert response.status_code == 303
    assert response["Location"] == "/werken-en-leren/alert/verstuurd/?sector=logistiek"
    page = client.get(response["Location"]).content.decode()
    assert "Kijk in je mailbox" in page and "jan@example.org" not in response["Location"]
    client.get(response["Location"])  # the refresh
    assert JobAlert.objects.count() == 1


def test_job_alert_form_works_on_a_cacheable_page_and_refuses_cross_site_posts(careers):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    page = strict.get("/werken-en-leren/?sector=zorg")
    assert "csrfmiddlewaretoken" not in page.content.decode() and not page.cookies
    data = {"email": "jan@example.org", "search": "sector=zorg", "website": ""}
    refused = strict.post("/werken-en-leren/alert/", data, HTTP_ORIGIN="https://evil.example")
    assert refused.status_code == 403 and not JobAlert.objects.exists()
    accepted = strict.post("/werken-en-leren/alert/", data, HTTP_SEC_FETCH_SITE="same-origin")
    assert accepted.status_code == 303 and JobAlert.objects.filter(email="jan@example.org").exists()
