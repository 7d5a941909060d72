"""Forms on cacheable pages: no per-visitor CSRF token in the page, cross-site posts refused (home/csrf.py)."""

import pytest

from django.test import Client

from events.models import Registration
from tests.events.conftest import form

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict():
    return Client(enforce_csrf_checks=True)


def test_event_page_carries_no_token_and_sets_no_cookie(strict, agenda):
    event = agenda.event("Banenmarkt", capacity=10)
    response = strict.get(event.url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies  # nothing personal: a shared cache may hold this page


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_SEC_FETCH_SITE": "same-origin"}, {"HTTP_ORIGIN": "http://testserver"}, {}],
    ids=["fetch-metadata", "origin", "no-browser-headers"],
)
def test_a_registration_from_this_site_works_without_a_token(strict, agenda, mailoutbox, headers):
    event = agenda.event("Banenmarkt", capacity=10)
    response = strict.post(event.url, form(), **headers)
    assert response.status_code == 303
    assert Registration.objects.filter(event=event, email="sanne@example.org").exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
    ],
    ids=["cross-site", "same-site", "foreign-origin", "null-origin"],
)
def test_a_cross_site_post_is_refused_and_saves_nothing(strict, agenda, headers):
    event = agenda.event("Banenmarkt", capacity=10)
    response = strict.post(event.url, form(), **headers)
    assert response.status_code == 403
    assert "Het formulier kon niet worden verstuurd" in response.content.decode()  # in the visitor's language
    assert not Registration.objects.exists()


def test_signed_in_users_keep_the_full_token_check(strict, agenda, django_user_model):
    event = agenda.event("Banenmarkt", capacity=10)
    strict.force_login(django_user_model.objects.create_user("redacteur", "r@example.org", "pw"))
    assert strict.post(event.url, form(), HTTP_SEC_FETCH_SITE="same-origin").status_code == 403
    html = strict.get(event.url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = strict.post(event.url, {**form(), "csrfmiddlewaretoken": token}, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 303
