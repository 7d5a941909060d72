"""The page-view beacon: what it stores (nothing personal), what it refuses, and what it does not count."""

import datetime
import json
import re

import pytest
from freezegun import freeze_time
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.contrib.auth.models import Group

from analytics.models import DailySalt, PageView
from analytics.rollup import prune
from tests.analytics.conftest import AGENT, beacon
from tests.builders import page_html

pytestmark = pytest.mark.django_db


def test_a_view_stores_only_what_is_listed_and_nothing_personal(site):
    response = beacon(
        p=site["story"].pk,
        g="scholieren",
        r="https://www.google.com/search?q=werken+in+limburg",
        u={"utm_source": "Poster", "utm_campaign": "open-dagen"},
        headers={"Cookie": "sessionid=abc"},
    )
    assert response.status_code == 204 and response.content == b""
    view = PageView.objects.get()
    assert {field.name for field in PageView._meta.fields} == {
        "id", "day", "hour", "page", "referrer", "utm_source", "utm_medium", "utm_campaign", "utm_content",
        "utm_term", "campaign", "link", "device", "language", "target_group", "goal", "visitor",
    }  # fmt: skip
    assert view.page_id == site["story"].pk and view.target_group == site["pupils"]
    assert view.referrer == "google.com" and view.utm_source == "poster" and view.device == "mobile"
    assert view.language == "nl-nl" and re.fullmatch(r"[0-9a-f]{16}", view.visitor)
    stored = json.dumps([str(getattr(view, f.attname)) for f in PageView._meta.fields])
    for personal in ("203.0.113.7", "Android", "Chrome", "sessionid", "werken+in+limburg"):
        assert personal not in stored


def test_visitor_hash_is_daily_and_salts_older_than_48_hours_are_gone(site):
    with freeze_time("2026-11-20 10:00"):
        beacon(p=site["story"].pk)
        beacon(p=site["story"].pk)
        beacon(p=site["story"].pk, ip="198.51.100.9")
    with freeze_time("2026-11-21 10:00"):
        beacon(p=site["story"].pk)
    first_day = list(PageView.objects.filter(day="2026-11-20").values_list("visitor", flat=True))
    assert first_day[0] == first_day[1] != first_day[2]  # same person, same day: one hash; another: another
    assert PageView.objects.get(day="2026-11-21").visitor != first_day[0]  # not linkable across days
    with freeze_time("2026-11-22 10:00"):
        prune(retention_days=30)
    assert set(DailySalt.objects.values_list("day", flat=True)) == {datetime.date(2026, 11, 21)}


@pytest.mark.parametrize(
    ("headers", "agent"),
    [
        ({"DNT": "1"}, AGENT),
        ({"Sec-GPC": "1"}, AGENT),
        ({}, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ({}, "Mozilla/5.0 HeadlessChrome/131"),
        ({}, "curl/8.5.0"),
        ({}, ""),
    ],
)
def test_do_not_track_privacy_control_and_bots_are_not_counted(site, headers, agent):
    assert beacon(p=site["story"].pk, headers=headers, agent=agent).status_code == 204
    assert not PageView.objects.exists()


def test_signed_in_staff_are_not_counted(site, client, django_user_model):
    user = django_user_model.objects.create_user("eva", "eva@example.org", "pw")
    user.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(user)
    assert beacon(client, p=site["story"].pk).status_code == 204
    assert not PageView.objects.exists()


def test_drafts_and_unknown_pages_are_not_counted(site):
    site["story"].unpublish()
    assert beacon(p=site["story"].pk).status_code == 204
    assert beacon(p=999999).status_code == 204
    assert not PageView.objects.exists()


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("not json", 400),
        ("[1, 2]", 400),
        ('{"p": "12", "d": "mobile"}', 400),
        ('{"p": true, "d": "mobile"}', 400),
        ('{"p": 5, "d": "phone"}', 400),
        ('{"p": 5, "d": "mobile", "u": "utm_source=x"}', 400),
        ('{"p": 5, "d": "mobile", "u": {"utm_source": 7}}', 400),
        ('{"p": 5, "d": "mobile", "g": "' + "x" * 200 + '"}', 400),
        ('{"p": 5, "d": "mobile", "c": "purchase"}', 400),
        ("\udcff", 400),
        ('{"p": 5, "d": "mobile", "l": "' + "n" * 3000 + '"}', 413),
    ],
)
def test_malformed_oversized_and_wrong_type_payloads_get_a_4xx(site, raw, status):
    response = beacon(raw=raw.encode("utf-8", "surrogatepass"))
    assert response.status_code == status
    assert not PageView.objects.exists()


def test_only_post(client, site):
    assert client.get("/a/").status_code == 405


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payload=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=40),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=5),
        max_leaves=12,
    )
)
def test_any_json_gets_204_or_a_4xx_never_a_500(site, payload):
    status = beacon(raw=json.dumps(payload)).status_code
    assert status == 204 or 400 <= status < 500


def test_public_pages_carry_the_beacon_and_previews_and_the_admin_do_not(site, client, admin_client):
    html = page_html(client, site["story"].url)
    assert f'data-regio-page="{site["story"].pk}"' in html and "analytics/beacon" in html
    assert "<script>" not in html  # no inline script: the CSP forbids it
    group_html = page_html(client, "/voor/scholieren/")
    assert 'data-regio-group="scholieren"' in group_html
    preview = admin_client.get(f"/admin/pages/{site['story'].pk}/edit/preview/?mode=")
    assert "analytics/beacon" not in preview.content.decode()
    assert "analytics/beacon" not in admin_client.get("/admin/").content.decode()


def test_the_script_is_small_and_honours_dnt_and_gpc():
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "analytics/static/analytics/beacon.js"
    text = script.read_text()
    assert len(text.encode()) < 1024
    assert "doNotTrack" in text and "globalPrivacyControl" in text and "sessionStorage" in text
    assert "cookie" not in text.lower() and "localStorage" not in text
