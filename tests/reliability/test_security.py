"""Hostile input gets a calm answer; exports, headers, rate limits and logins hold."""

import csv
import io
import re

import pytest
from freezegun import freeze_time
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from django.core.cache import cache

from events import booking as service
from home.exports import safe_cell
from home.models import Fact

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"
FORMULAS = [
    '=HYPERLINK("http://x.example","klik")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def event(agenda):
    return agenda.event("Banenmarkt", capacity=50, questions=[("Welke workshop?", "", False)])


def test_registration_export_neutralises_every_formula(admin_client, event):
    with freeze_time(NOW):
        for n, formula in enumerate(FORMULAS):
            service.register(event, formula, f"p{n}@example.org", "6041 AB", answers={"Welke workshop?": formula})
        service.register(event, "Formule", "=1+1@example.org", "6041 AB")
    response = admin_client.get(f"/admin/aanmeldingen/{event.pk}/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))[1:]
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=1+1@example.org" in cells
    assert '\'=HYPERLINK("http://x.example","klik")' in cells


def test_wagtail_list_exports_are_formula_safe_too(admin_client, db):
    Fact.objects.create(
        label='=HYPERLINK("http://x.example")', value=1, source_name="+cmd|' /C calc'!A0", reference_year=2025
    )
    response = admin_client.get("/admin/snippets/home/fact/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in text and "'+cmd" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


@pytest.mark.parametrize("value", ["plain", "", 12, None, "a=b"])
def test_safe_cell_leaves_ordinary_values_alone(value):
    assert safe_cell(value) == value


def test_public_pages_carry_csp_and_permissions_policy(client, agenda):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and "'self'" in script_src
    style_src = next(part for part in csp.split(";") if part.strip().startswith("style-src"))
    assert "unsafe-inline" not in style_src and "nonce-" not in csp  # no inline style: a cache may hold the page
    html = response.content.decode()
    assert "<style" not in html and 'style="' not in html
    brand = re.search(r'<link rel="stylesheet" href="(/brand.css\?v=[0-9a-f]+)">', html).group(1)
    css = client.get(brand)
    assert css["Content-Type"].startswith("text/css") and "--primary:#" in css.content.decode()
    assert "immutable" in css["Cache-Control"]
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_the_admin_gets_a_policy_it_works_with(admin_client, db):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


def test_no_second_admin(client, agenda):
    assert client.get("/django-admin/").status_code == 404


def test_hsts_preload_and_subdomains_are_opt_in(monkeypatch):
    import importlib
    import sys

    from regiosite.settings import base

    monkeypatch.setattr(base, "REGIO_BASE_URL", "https://regio.example")
    sys.modules.pop("regiosite.settings.production", None)
    production = importlib.import_module("regiosite.settings.production")

    assert production.SECURE_HSTS_SECONDS > 0
    assert production.SECURE_HSTS_PRELOAD is False and production.SECURE_HSTS_INCLUDE_SUBDOMAINS is False


def test_admin_login_is_throttled(client, django_user_model):
    django_user_model.objects.create_user("redacteur", "r@example.org", "juist-wachtwoord", is_staff=True)
    statuses = [
        client.post("/admin/login/", {"username": "redacteur", "password": "fout"}).status_code for _attempt in range(5)
    ]
    assert statuses[:4] == [200] * 4
    locked = client.post("/admin/login/", {"username": "redacteur", "password": "juist-wachtwoord"})
    assert locked.status_code == 429 and "Te veel inlogpogingen" in locked.content.decode()


def post_registration(client, event, email, **meta):
    return client.post(
        event.url,
        {"name": "Sanne", "email": email, "postcode": "6041 AB", "target_group": "", "consent": "on", "website": ""},
        **meta,
    )


def test_forwarded_for_is_ignored_without_a_trusted_proxy(client, event, settings):
    settings.REGIO_REGISTRATION_RATE_LIMIT = (2, 3600)
    for n in range(2):
        post_registration(client, event, f"p{n}@example.org", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    response = post_registration(client, event, "p9@example.org", HTTP_X_FORWARDED_FOR="10.0.0.99")
    assert response.status_code == 429 and "Te veel" in response.content.decode()
    assert response["Retry-After"] == "3600"


def test_with_one_trusted_proxy_the_client_is_its_forwarded_address(client, event, settings):
    settings.REGIO_REGISTRATION_RATE_LIMIT = (1, 3600)
    settings.REGIO_TRUSTED_PROXIES = 1
    assert post_registration(client, event, "a@example.org", HTTP_X_FORWARDED_FOR="spoof, 192.0.2.1").status_code == 303
    assert post_registration(client, event, "b@example.org", HTTP_X_FORWARDED_FOR="other, 192.0.2.2").status_code == 303
    assert post_registration(client, event, "c@example.org", HTTP_X_FORWARDED_FOR="x, 192.0.2.1").status_code == 429


HOSTILE_URLS = [
    "/evenementen/?maand=9999-12",
    "/evenementen/?maand=0000-01",
    "/evenementen/?doelgroep=%00",
    "/evenementen/?thema=%00",
    "/evenementen/?maand=%00",
    "/verhalen/?tag=%00",
    "/verhalen/?doelgroep=%00",
    "/verhalen/feed/?tag=%00",
    "/verhalen/feed/?tag=a%01b%1Fc",
    "/verhalen/feed/?thema=%0B",
    "/werken-en-leren/?q=%00&sector=%00&pagina=%00",
    "/search/?q=%00",
    # "²" and "٣" are digits to str.isdigit(), but int() refuses "²": page numbers took it for one
    "/verhalen/?pagina=%C2%B2",
    "/evenementen/?pagina=%C2%B2",
    "/werken-en-leren/?pagina=%C2%B2",
    "/werken-en-leren/?pagina=%D9%A3",
]


def test_hostile_query_values_get_a_calm_answer(client, demo_like):
    for url in HOSTILE_URLS:  # one world for all of them: building it is most of the time
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    "data", [{"registration": "abc"}, {"registration": ""}, {"registration": "1\x00"}, {"registration": "٣"}]
)
def test_check_in_with_a_bad_registration_number(admin_client, event, data):
    response = admin_client.post(f"/admin/aanmeldingen/{event.pk}/check-in/", data)
    assert response.status_code in (302, 404)


def test_check_in_search_and_delete_person_with_nul(admin_client, event):
    assert admin_client.get(f"/admin/aanmeldingen/{event.pk}/check-in/?q=%00").status_code == 200
    response = admin_client.post("/admin/aanmeldingen/verwijderen/", {"email": "a\x00@example.org"})
    assert response.status_code == 302


@freeze_time(NOW, tick=False)
def test_only_validated_filter_values_reach_a_cache_key(client, demo_like):
    def hostile(start, stop):
        for n in range(start, stop):
            client.get(f"/evenementen/?doelgroep=x{n}&thema=y{n}&maand=2026-{n + 13}")
            client.get(f"/verhalen/?tag=t{n}&gemeente=g{n}")

    hostile(0, 5)
    before = set(cache._cache)
    hostile(5, 200)  # 390 requests with new values
    assert set(cache._cache) - before == set()


@pytest.fixture
def demo_like(agenda):
    """An event index with one event, a story index with one story, and a career index."""
    from tests.builders import make_career_index, make_story, make_story_index

    agenda.event("Banenmarkt", groups=[agenda.pupils], themes=[agenda.care])
    index = make_story_index(agenda.home)
    make_story(index, "Een verhaal", [agenda.pupils], [agenda.care], tags=["techniek"])
    make_career_index(agenda.home)
    return agenda


PUBLIC_GETS = [
    ("/evenementen/", ("doelgroep", "thema", "maand", "pagina")),
    ("/verhalen/", ("doelgroep", "thema", "gemeente", "soort", "tag", "pagina")),
    ("/verhalen/feed/", ("doelgroep", "thema", "tag")),
    (
        "/werken-en-leren/",
        ("q", "soort", "sector", "niveau", "uren", "contract", "gemeente", "engels", "doelgroep", "sorteer", "pagina"),
    ),
    ("/search/", ("q", "page")),
    ("/embed/vacatures/", ("partner", "sector", "gemeente", "soort", "doelgroep", "engels", "aantal")),
    ("/embed/verhalen/", ("partner", "doelgroep", "thema", "gemeente", "soort", "aantal")),
    ("/embed/evenementen/", ("partner", "doelgroep", "thema", "aantal")),
    ("/embed/feit/", ("partner", "feit", "thema")),
    ("/api/v2/pages/", ("type", "search", "target_group", "theme", "upcoming", "locale", "limit", "offset", "order")),
    ("/api/v2/facts/", ("search", "locale", "limit", "offset", "order", "fields")),
    ("/api/v2/images/", ("search", "limit", "fields")),
]
hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), max_size=10),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["9999-12", "0000-00", "2026-13", "%00", "\x00", "' OR 1=1 --", "☃", "a" * 5000, "²", "٣", '"']),
)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_of_any_public_parameter_gets_no_server_error(client, demo_like, data):
    path, params = data.draw(st.sampled_from(PUBLIC_GETS))
    query = [(param, data.draw(hostile_text)) for param in data.draw(st.lists(st.sampled_from(params), max_size=6))]
    response = client.get(path, query)
    assert response.status_code < 500, (path, query)


FORM_FIELDS = ("name", "email", "postcode", "abroad", "target_group", "consent", "website")


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_registration_or_alert_form_input_gets_no_server_error_and_saves_nothing_half(client, demo_like, data):
    from careers.models import JobAlert
    from events.models import EventPage, Registration
    from home.models import OutgoingMail

    event = EventPage.objects.get()
    fields = {field: data.draw(hostile_text) for field in data.draw(st.lists(st.sampled_from(FORM_FIELDS)))}
    response = client.post(event.url, fields)
    assert response.status_code < 500
    alert = client.post(
        "/werken-en-leren/alert/", {"email": data.draw(hostile_text), "search": data.draw(hostile_text), "website": ""}
    )
    assert alert.status_code < 500
    # Nothing half: every stored registration or alert has its mail queued with it.
    assert Registration.objects.count() + JobAlert.objects.count() == OutgoingMail.objects.count()
