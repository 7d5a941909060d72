"""Rollups equal the raw counts; campaigns and QR links round-trip into their figures; the three target-group
methods; retention; goals; and the dashboard's permissions, exports, report and query budget."""

import datetime
import io
import urllib.parse

import pytest
from freezegun import freeze_time
from pypdf import PdfReader

from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from analytics import dashboard
from analytics.models import (
    Campaign,
    CampaignLink,
    DailyCampaignStat,
    DailyGroupStat,
    DailyStat,
    DailyTotal,
    GoalCount,
    PageView,
)
from analytics.rollup import prune, rollup_pending
from tests.analytics.conftest import beacon

pytestmark = pytest.mark.django_db
DAY = "2026-06-15 10:00"


def period(day="2026-06-15"):
    day = datetime.date.fromisoformat(day)
    return dashboard.Period("custom", day, day)


@pytest.fixture
def campaign(site):
    campaign = Campaign(slug="open-dagen", name="Open dagen", outside_region=True, landing_page=site["home"])
    campaign.target_groups = [site["seekers"]]
    campaign.save()
    link = CampaignLink.objects.create(campaign=campaign, channel="poster", label="Poster station Roermond")
    return campaign, link


def utm_of(url):
    return {key: values[0] for key, values in urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).items()}


def test_qr_link_round_trips_into_the_campaign_figures(site, campaign):
    campaign, link = campaign
    url = link.url()
    tags = utm_of(url)
    assert tags == {
        "utm_source": "poster",
        "utm_medium": "print",
        "utm_campaign": "open-dagen",
        "utm_content": "poster-station-roermond",
    }
    with freeze_time(DAY):
        beacon(p=site["home"].pk, u=tags)  # scanned the poster
        beacon(p=site["story"].pk, u=tags)  # read on in the same visit (the script keeps the tags)
        beacon(p=site["story"].pk, u=tags, c="registration")  # and converted
        beacon(p=site["story"].pk, ip="198.51.100.1")  # someone else, not from the campaign
        rollup_pending()
    (row,) = dashboard.campaign_comparison(period())
    assert row[0] == "Open dagen" and row[2:5] == (2, 1, 1)
    (link_row,) = dashboard.links_of_campaigns(period())
    assert link_row[1] == "Poster station Roermond" and link_row[3:] == (2, 1, 1)
    total = DailyTotal.objects.get()
    assert (total.views, total.visitors, total.campaign_visitors, total.outside_campaign_visitors) == (3, 2, 1, 1)


def test_rollups_equal_the_raw_counts_and_are_idempotent(site):
    with freeze_time(DAY):
        for n in range(12):
            beacon(
                p=site["story"].pk if n % 3 else site["home"].pk,
                ip=f"198.51.100.{n % 5}",
                g="scholieren" if n % 2 else "",
            )
        rollup_pending()
        first = list(
            DailyStat.objects.order_by("page", "target_group").values("page", "target_group", "views", "visitors")
        )
        rollup_pending()
    assert sum(row["views"] for row in first) == PageView.objects.count() == 12
    assert (
        list(DailyStat.objects.order_by("page", "target_group").values("page", "target_group", "views", "visitors"))
        == first
    )
    assert DailyTotal.objects.get().visitors == PageView.objects.values("visitor").distinct().count() == 5


def test_three_target_group_methods_on_a_fixed_data_set(site, campaign):
    campaign, link = campaign
    with freeze_time(DAY):
        beacon(p=site["story"].pk, ip="198.51.100.1", g="scholieren")  # declared pupil, pupil content
        beacon(p=site["home"].pk, ip="198.51.100.2", u=link.utm())  # campaign for job seekers, home page
        beacon(p=site["story"].pk, ip="198.51.100.3")  # nothing declared, pupil content
        rollup_pending()
    totals = {row[0]: row[1:] for row in dashboard.reach_totals(dashboard.reach_by_group(period()))}
    assert totals["Scholieren en studenten"] == (1, 0, 2)  # self-declared, campaign, content
    assert totals["Werkzoekenden"] == (0, 1, 0)


def test_retention_deletes_old_raw_views_and_nothing_else(site):
    with freeze_time("2026-05-01 12:00"):
        beacon(p=site["story"].pk)
    with freeze_time("2026-06-14 12:00"):
        beacon(p=site["story"].pk)
        rollup_pending()
        assert prune(retention_days=30) == 1
    assert list(PageView.objects.values_list("day", flat=True)) == [datetime.date(2026, 6, 14)]
    assert DailyStat.objects.filter(day="2026-05-01").exists()  # the rollup stays
    assert DailyTotal.objects.count() == 2


def test_poster_downloads_and_job_alerts_count_as_goals(site):
    from analytics.goals import count

    count("poster")
    count("poster")
    count("alert")
    assert dict(GoalCount.objects.values_list("goal", "count")) == {"poster": 2, "alert": 1}


def staff_client(django_user_model, name="eva", group="Redactie"):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_dashboard_is_for_staff_with_the_analytics_permission_only(site, django_user_model):
    assert Client().get("/admin/impact/").status_code == 302
    assert staff_client(django_user_model, "sanne", "Ambassadeurs").get("/admin/impact/").status_code == 403
    assert staff_client(django_user_model, "sanne2", "Ambassadeurs").get("/admin/impact/rapport.pdf").status_code == 403
    response = staff_client(django_user_model).get("/admin/impact/", {"period": "month"})
    assert response.status_code == 200 and "Bereik en impact" in response.content.decode()


def test_csv_export_is_formula_safe(site, campaign, django_user_model):
    campaign, _link = campaign
    campaign.name = '=HYPERLINK("http://evil")'
    campaign.save()
    client = staff_client(django_user_model)
    response = client.get("/admin/impact/", {"period": "year", "export": "campaigns"})
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "'=HYPERLINK" in text
    assert client.get("/admin/impact/", {"export": "nope"}).status_code == 400


def test_board_report_pdf_holds_the_kpi_figures(site, django_user_model):
    with freeze_time(DAY):
        for n in range(7):
            beacon(p=site["story"].pk, ip=f"198.51.100.{n}")
        rollup_pending()
        response = staff_client(django_user_model).get("/admin/impact/rapport.pdf", {"period": "month"})
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1  # one page for the board
    text = reader.pages[0].extract_text()
    assert "Bereik en impact" in text and "Unieke bezoekers" in text and "7" in text


def test_dashboard_queries_do_not_grow_with_the_number_of_days(site, campaign, django_user_model):
    def count(days):
        client = staff_client(django_user_model, f"eva{days}")
        for model in (DailyStat, DailyTotal, DailyCampaignStat, DailyGroupStat):
            model.objects.all().delete()
        start = datetime.date(2026, 1, 1)
        for n in range(days):
            day = start + datetime.timedelta(days=n)
            DailyStat.objects.create(
                day=day,
                page=site["home"],
                campaign=campaign[0],
                link=campaign[1],
                device="mobile",
                views=3,
                visitors=2,
                target_group=site["pupils"],
            )
            DailyTotal.objects.create(day=day, views=3, visitors=2)
            DailyCampaignStat.objects.create(day=day, campaign=campaign[0], link=None, views=3, visitors=2)
            DailyCampaignStat.objects.create(day=day, campaign=campaign[0], link=campaign[1], views=3, visitors=2)
            DailyGroupStat.objects.create(day=day, target_group=site["pupils"], method="content", visitors=2)
        client.get("/admin/impact/", {"period": "year"})  # warm
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/impact/", {"period": "year"}).status_code == 200
        return len(queries)

    with freeze_time("2026-12-31 12:00"):
        assert count(20) == count(365)


def test_period_parsing_and_comparison():
    today = datetime.date(2026, 5, 20)
    quarter = dashboard.parse_period({"period": "quarter"}, today)
    assert (quarter.start, quarter.end) == (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30))
    assert quarter.previous().end == datetime.date(2026, 3, 31) and quarter.previous().days == quarter.days
    custom = dashboard.parse_period({"period": "custom", "from": "2026-02-01", "to": "2026-02-10"}, today)
    assert custom.days == 10 and custom.previous().start == datetime.date(2026, 1, 22)
    for bad in (
        {"period": "custom", "from": "x"},
        {"period": "custom", "from": "2026-03-01", "to": "2026-01-01"},
        {"period": "<script>"},
    ):
        assert dashboard.parse_period(bad, today).kind == "year"


def test_qr_codes_as_svg_and_png(site, campaign, django_user_model):
    _campaign, link = campaign
    client = staff_client(django_user_model)
    svg = client.get(f"/admin/campagnes/qr/{link.pk}.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content
    png = client.get(f"/admin/campagnes/qr/{link.pk}.png")
    assert png["Content-Type"] == "image/png" and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(f"/admin/campagnes/qr/{link.pk}.gif").status_code == 404
    assert (
        staff_client(django_user_model, "sanne", "Ambassadeurs").get(f"/admin/campagnes/qr/{link.pk}.svg").status_code
        == 403
    )
