"""Partner widgets: what they show, who may frame them, their links, bad input, counting, the embed-code builder."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from freezegun import freeze_time

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from analytics.models import PageView
from analytics.rollup import rollup_day
from partners.models import Partner, WidgetStat
from tests.analytics.conftest import AGENT, beacon
from tests.builders import make_fact, make_story
from tests.careers.conftest import TODAY

pytestmark = pytest.mark.django_db
BROWSER = {"User-Agent": AGENT}


@pytest.fixture
def partner(db):
    return Partner.objects.create(name="Gemeente Roermond", slug="gemeente-roermond", kind="municipality")


def get(client, url, status=200):
    with freeze_time(TODAY, tick=True):
        response = client.get(url, headers=BROWSER)
    assert response.status_code == status, (url, response.status_code, response.content[:400])
    return response


def links(response):
    """(text, href) of the widget's links."""
    html = response.content.decode()
    return [
        (unescape(re.sub(r"<[^>]+>", "", text)).strip(), unescape(href))
        for href, text in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', html, re.S)
    ]


def test_vacancies_widget_lists_open_careers_with_the_chosen_filters(client, site, partner):
    html = get(client, "/embed/vacatures/?partner=gemeente-roermond&aantal=12").content.decode()
    assert "Verpleegkundige SEH" in html and "Gesloten vacature" not in html
    care = get(client, "/embed/vacatures/?sector=zorg&aantal=12").content.decode()
    assert "Verpleegkundige SEH" in care and "Orderpicker" not in care
    two = links(get(client, "/embed/vacatures/?aantal=2"))
    assert len([href for _text, href in two if "/werken-en-leren/" in href and "utm_content=vacatures" in href]) == 3


def test_links_open_the_full_page_with_utm_tags_naming_the_partner(client, site, partner):
    response = get(client, "/embed/verhalen/?partner=gemeente-roermond")
    assert b'<base target="_blank">' in response.content
    found = links(response)
    story = next(href for text, href in found if text == "Openbaar verhaal")
    parts = urlsplit(story)
    assert parts.scheme == "http" and parts.netloc == "localhost" and parts.path == site.public.url
    tags = parse_qs(parts.query)
    assert tags == {
        "utm_source": ["gemeente-roermond"],
        "utm_medium": ["widget"],
        "utm_campaign": ["partner-widgets"],
        "utm_content": ["verhalen"],
    }
    # The "more" link keeps the index's filters and adds the tags.
    filtered = links(get(client, "/embed/verhalen/?partner=gemeente-roermond&thema=zorg"))
    more = parse_qs(urlsplit(filtered[-1][1]).query)
    assert more["thema"] == ["zorg"] and more["utm_source"] == ["gemeente-roermond"]


def test_stories_widget_shows_only_live_public_stories(client, site):
    site.interview.consents.update(expires_on="2000-01-01")
    html = get(client, "/embed/verhalen/?aantal=12").content.decode()
    assert "Openbaar verhaal" in html
    for hidden in ("Concept verhaal", "Besloten verhaal", "Gesprek met Lotte"):
        assert hidden not in html


def test_events_widget_shows_upcoming_events_only(client, agenda):
    html = get(client, "/embed/evenementen/").content.decode()
    assert "Banenmarkt zorg" in html and "Oude beurs" not in html
    assert "Banenmarkt zorg" not in get(client, "/embed/evenementen/?doelgroep=werkzoekenden").content.decode()


def test_fact_widget_by_number_or_theme_in_the_visitors_language(client, site):
    from wagtail.models import Locale

    from tests.home.test_shared_translations import translate_snippet

    english = Locale.objects.get_or_create(language_code="en")[0]
    fact = make_fact(value=41500, label="mensen pendelen dagelijks de regio uit", theme=site.care)
    make_fact(value=12, label="ziekenhuizen", theme=site.logistics)
    html = get(client, f"/embed/feit/?feit={fact.pk}").content.decode()
    assert "41.500" in html and "pendelen" in html
    assert "ziekenhuizen" in get(client, "/embed/feit/?thema=logistiek").content.decode()
    translate_snippet(fact, english, label="people commute out of the region every day")
    english = get(client, f"/en/embed/fact/?feit={fact.pk}").content.decode()
    assert "41,500" in english and "people commute out" in english and 'lang="en"' in english


def test_widgets_may_be_framed_other_pages_may_not(client, site, partner):
    embed = get(client, "/embed/vacatures/")
    policy = embed["Content-Security-Policy"]
    assert "frame-ancestors *" in policy and "X-Frame-Options" not in embed
    assert "script-src 'self'" in policy
    page = get(client, "/")
    assert "frame-ancestors 'self'" in page["Content-Security-Policy"] and page["X-Frame-Options"] == "DENY"
    partner.embed_domains = "www.roermond.nl\n*.roermond.nl"
    partner.save()
    own = get(client, "/embed/vacatures/?partner=gemeente-roermond")["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://www.roermond.nl http://www.roermond.nl https://*.roermond.nl" in own


def test_only_whitelisted_parameters_and_clear_errors(client, site):
    ignored = get(client, "/embed/vacatures/?x=%3Cscript%3Ealert(1)%3C/script%3E&fbclid=abc")
    assert b"<script" not in ignored.content and b"fbclid" not in ignored.content
    for query, phrase in (
        ("sector=%3Cscript%3E", "&lt;script&gt;"),
        ("sector=bestaat-niet", "bestaat-niet"),
        ("aantal=99", "1 tot 12"),
        ("aantal=-1", "1 tot 12"),
        ("aantal=%C2%B2", "1 tot 12"),  # "²" is a digit to str.isdigit(), not to int()
    ):
        response = get(client, f"/embed/vacatures/?{query}", status=400)
        assert phrase in response.content.decode() and response["Cache-Control"] == "no-store"
        assert b"<script>" not in response.content
    assert get(client, "/embed/feit/?feit=abc", status=400)
    assert get(client, "/embed/feit/?feit=999999", status=400)
    assert get(client, "/embed/feit/?feit=%C2%B2", status=400)
    assert get(client, "/embed/feit/?feit=99999999999999999999", status=400)
    assert get(client, "/embed/niets/", status=404)
    # An unknown partner still sees the widget, unattributed.
    unknown = links(get(client, "/embed/vacatures/?partner=wie-dan-ook"))
    assert all("utm_source=embed" in href for _text, href in unknown)


def test_views_are_counted_per_partner_without_cookies(client, site, partner):
    html = get(client, "/embed/feit/?partner=gemeente-roermond").content.decode()
    pixel = re.search(r'<img class="embed__pixel" src="([^"]+)"', html).group(1)
    for _ in range(3):
        response = get(client, unescape(pixel))
        assert response["Content-Type"] == "image/gif" and response["Cache-Control"] == "no-store"
        assert not response.cookies
    get(client, "/embed/teller.gif?w=feit&partner=onbekend")
    client.get("/embed/teller.gif?w=feit&partner=gemeente-roermond", headers={"User-Agent": AGENT, "DNT": "1"})
    client.get("/embed/teller.gif?w=feit&partner=gemeente-roermond", headers={"User-Agent": "Googlebot/2.1"})
    client.get("/embed/teller.gif?w=nonsense&partner=gemeente-roermond", headers=BROWSER)
    counts = {(row.partner, row.widget): row.views for row in WidgetStat.objects.all()}
    assert counts == {("gemeente-roermond", "feit"): 3, ("", "feit"): 1}


def test_clicks_through_are_rolled_up_and_shown_as_the_partners_channel(site, partner, admin_client):
    from django.test import Client
    from django.utils import timezone

    Client().get("/embed/teller.gif?w=verhalen&partner=gemeente-roermond", headers=BROWSER)
    tags = {"utm_source": "gemeente-roermond", "utm_medium": "widget", "utm_campaign": "partner-widgets"}
    for n in range(2):
        beacon(p=site.public.pk, u={**tags, "utm_content": "verhalen"}, ip=f"203.0.113.{n}")
    beacon(p=site.public.pk, u={**tags, "utm_source": "verzonnen", "utm_content": "verhalen"})
    beacon(p=site.public.pk)  # an ordinary visit
    assert PageView.objects.count() == 4
    today = timezone.localdate()
    rollup_day(today)
    rollup_day(today)  # idempotent
    row = WidgetStat.objects.get(partner="gemeente-roermond", widget="verhalen")
    assert (row.views, row.clicks) == (1, 2)
    dashboard = admin_client.get("/admin/impact/?export=partners").content.decode()
    assert "Gemeente Roermond,nieuwste verhalen,1,2,200.0" in dashboard.replace("\r", "")


def test_the_embed_code_builder_gives_a_snippet_for_the_chosen_widget(site, partner, admin_client):
    response = admin_client.get(
        "/admin/partners/embed-code/",
        {
            "widget": "vacatures",
            "partner": "gemeente-roermond",
            "language": "en",
            "sector": "zorg",
            "thema": "zorg",
            "count": 4,
        },
    )
    html = response.content.decode()
    src = "http://localhost/en/embed/vacatures/?partner=gemeente-roermond&amp;sector=zorg&amp;aantal=4"
    assert f"&lt;iframe src=&quot;{src.replace('&amp;', '&amp;amp;')}&quot;" in html  # shown as text to copy
    assert f'<iframe src="{src}"' in html  # and as a preview
    assert "thema=zorg" not in html  # the vacancies widget has no theme filter
    editor = Group.objects.create(name="Zonder partners")
    editor.permissions.add(Permission.objects.get(codename="access_admin"))
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("redacteur", password="x")
    user.groups.add(editor)
    admin_client.force_login(user)
    assert admin_client.get("/admin/partners/embed-code/").status_code in (302, 403)


def test_widget_queries_do_not_grow_with_content(client, site, settings):
    settings.REGIO_FRAGMENT_CACHE_SECONDS = 0

    def queries(url):
        with CaptureQueriesContext(connection) as ctx, freeze_time(TODAY, tick=True):
            assert client.get(url, headers=BROWSER).status_code == 200
        return len(ctx)

    for n in range(10):
        make_story(site.stories, f"Extra verhaal {n}", publish=False)
    for url in ("/embed/verhalen/?aantal=2", "/embed/verhalen/?aantal=12", "/embed/vacatures/?aantal=1"):
        get(client, url)  # warm what is remembered per content version (vocabulary, facets, renditions)
    get(client, "/embed/vacatures/?aantal=12")
    few, many = queries("/embed/verhalen/?aantal=2"), queries("/embed/verhalen/?aantal=12")
    assert many <= few, (few, many)
    few, many = queries("/embed/vacatures/?aantal=1"), queries("/embed/vacatures/?aantal=12")
    assert many <= few, (few, many)


def test_a_widget_is_remembered_until_content_changes(client, site):
    get(client, "/embed/verhalen/")
    get(client, "/embed/verhalen/")  # the first made the image renditions, which renews the content version
    with CaptureQueriesContext(connection) as ctx:
        get(client, "/embed/verhalen/")
    assert len(ctx) <= 1, [q["sql"] for q in ctx.captured_queries]
    site.public.unpublish()
    assert "Openbaar verhaal" not in get(client, "/embed/verhalen/").content.decode()
