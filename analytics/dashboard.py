"""The figures of the impact dashboard for a period, and the same for the period before.

Every figure comes from rollups (views, visitors) or from the records other apps
keep (registrations, apply clicks, interviews, media appearances, goal counts),
with a fixed number of grouped queries however long the period is.

Target groups are counted three ways, and each table says which:
- self-declared: the group a visitor chose with the home page's switcher;
- campaign: the target groups of the campaign that brought the visit;
- content: the target groups of the page viewed.
Visits are never placed by IP address: reach outside the region comes from
campaigns aimed outside the region; registrations carry their origin (postcode).
"""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from analytics.models import (
    Campaign,
    DailyCampaignStat,
    DailyGroupStat,
    DailyStat,
    DailyTotal,
    GoalCount,
    ImpactSettings,
    SurveyResponse,
)

PERIODS = {
    "month": gettext_lazy("month"),
    "quarter": gettext_lazy("quarter"),
    "year": gettext_lazy("year"),
    "custom": gettext_lazy("custom"),
}
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class Period:
    kind: str
    start: datetime.date
    end: datetime.date

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def previous(self):
        end = self.start - datetime.timedelta(days=1)
        return Period(self.kind, end - datetime.timedelta(days=self.days - 1), end)

    def __str__(self):
        return f"{self.start:%d-%m-%Y} – {self.end:%d-%m-%Y}"


def parse_period(params, today=None):
    """A Period from ?period=month|quarter|year|custom (&from=&to=); the current month when anything is off."""
    today = today or timezone.localdate()
    kind = params.get("period", "year")
    if kind == "month":
        return Period(kind, today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1]))
    if kind == "quarter":
        first = 3 * ((today.month - 1) // 3) + 1
        last = first + 2
        return Period(
            kind,
            datetime.date(today.year, first, 1),
            datetime.date(today.year, last, calendar.monthrange(today.year, last)[1]),
        )
    if kind == "custom":
        try:
            start = datetime.date.fromisoformat(str(params.get("from", ""))[:10])
            end = datetime.date.fromisoformat(str(params.get("to", ""))[:10])
        except ValueError:
            start = end = None
        if start and end and start <= end and (end - start).days < MAX_DAYS:
            return Period(kind, start, end)
    return Period("year", datetime.date(today.year, 1, 1), datetime.date(today.year, 12, 31))


def kpis(period, settings):
    """The KPI cards: value in the period, value in the previous period, and the goal for this period's length."""
    from ambassadors.models import Activity
    from careers.models import ApplyClick
    from events.models import Registration
    from stories.models import InterviewPage

    def values(p):
        registrations = Registration.objects.filter(created_at__date__range=(p.start, p.end)).exclude(
            status="cancelled"
        )
        by_origin = dict(registrations.order_by().values_list("origin").annotate(n=Count("pk")))
        total_registrations = sum(by_origin.values())
        outside = total_registrations - by_origin.get("region", 0)
        totals = DailyTotal.objects.filter(day__range=(p.start, p.end)).aggregate(
            visitors=Sum("visitors"), outside=Sum("outside_campaign_visitors")
        )
        goals = dict(
            GoalCount.objects.filter(day__range=(p.start, p.end))
            .order_by()
            .values_list("goal")
            .annotate(n=Sum("count"))
        )
        return {
            "interviews": InterviewPage.objects.filter(interview_date__range=(p.start, p.end)).count(),
            "registrations": total_registrations,
            "outside_share": round(100 * outside / total_registrations) if total_registrations else 0,
            "apply_clicks": ApplyClick.objects.filter(clicked_at__date__range=(p.start, p.end)).count(),
            "job_alerts": goals.get("alert", 0),
            "media": Activity.objects.filter(kind="media", date__range=(p.start, p.end)).count(),
            "visitors": totals["visitors"] or 0,
            "outside_visits": totals["outside"] or 0,
            "posters": goals.get("poster", 0),
            "press": goals.get("press", 0),
            "surveys": SurveyResponse.objects.filter(created_at__date__range=(p.start, p.end)).count(),
        }

    now, before = values(period), values(period.previous())
    share = min(1, period.days / 365)
    cards = [
        ("interviews", _("Interviews held"), settings.goal_interviews, ""),
        ("registrations", _("Event registrations"), settings.goal_registrations, ""),
        ("outside_share", _("Registrants from outside the region"), settings.goal_outside_share, "%"),
        ("apply_clicks", _("Career apply clicks"), settings.goal_apply_clicks, ""),
        ("job_alerts", _("Job-alert sign-ups"), settings.goal_job_alerts, ""),
        ("media", _("Media appearances"), settings.goal_media, ""),
        ("visitors", _("Unique visitors (sum of daily)"), settings.goal_visitors, ""),
        ("outside_visits", _("Visitors from campaigns aimed outside the region"), settings.goal_outside_visits, ""),
        ("posters", _("Poster downloads"), None, ""),
        ("press", _("Press kit downloads"), None, ""),
        ("surveys", _("Survey responses"), None, ""),
    ]
    result = []
    for key, label, goal, unit in cards:
        scaled = goal if unit == "%" or goal is None else round(goal * share)
        result.append(
            {
                "key": key,
                "label": label,
                "value": now[key],
                "previous": before[key],
                "goal": scaled,
                "unit": unit,
                "reached": scaled is not None and now[key] >= scaled,
                "change": now[key] - before[key],
            }
        )
    return result


def page_target_groups():
    """{page id: {target group ids}} for every page type that has target groups."""
    found = defaultdict(set)
    for model in apps.get_models():
        if issubclass(model, Page) and not model._meta.proxy:
            field = next((f for f in model._meta.local_many_to_many if f.name == "target_groups"), None)
            if field is None:
                continue
            through = field.remote_field.through
            source = field.m2m_field_name()
            for page_id, group_id in through.objects.values_list(f"{source}_id", "targetgroup_id"):
                found[page_id].add(group_id)
    return found


def reach_by_group(period):
    """Rows (month, group name, self-declared, campaign, content): unique visitors (sum of daily), per method."""
    from home.models import TargetGroup

    groups = dict(TargetGroup.objects.canonical().values_list("pk", "name"))
    column = {"declared": 0, "campaign": 1, "content": 2}
    table = defaultdict(lambda: [0, 0, 0])
    for row in (
        DailyGroupStat.objects.filter(day__range=(period.start, period.end))
        .annotate(month=TruncMonth("day"))
        .order_by()
        .values("month", "target_group", "method")
        .annotate(n=Sum("visitors"))
    ):
        table[(_month(row["month"]), row["target_group"])][column[row["method"]]] += row["n"]
    return [
        (month, groups[group_id], *values)
        for (month, group_id), values in sorted(
            table.items(), key=lambda item: (item[0][0], groups.get(item[0][1], ""))
        )
        if group_id in groups
    ]


def _month(value):
    value = value.date() if isinstance(value, datetime.datetime) else value
    return value.strftime("%Y-%m")


def reach_totals(rows):
    """Per target group, the period's totals of each method."""
    totals = defaultdict(lambda: [0, 0, 0])
    for _month_label, group, declared, campaign, content in rows:
        totals[group][0] += declared
        totals[group][1] += campaign
        totals[group][2] += content
    return [(group, *values) for group, values in sorted(totals.items())]


def visitors_per_month(period):
    return [
        (_month(row["month"]), row["views"], row["visitors"])
        for row in DailyTotal.objects.filter(day__range=(period.start, period.end))
        .annotate(month=TruncMonth("day"))
        .order_by("month")
        .values("month")
        .annotate(views=Sum("views"), visitors=Sum("visitors"))
    ]


def top_content(period, per_group=5):
    """Rows (group, page title, views): the most viewed pages per self-declared target group."""
    from home.models import TargetGroup

    groups = dict(TargetGroup.objects.canonical().values_list("pk", "name"))
    rows = (
        DailyStat.objects.filter(day__range=(period.start, period.end))
        .exclude(target_group=None)
        .exclude(page=None)
        .order_by()
        .values("target_group", "page")
        .annotate(views=Sum("views"))
        .order_by("target_group", "-views")
    )
    picked = defaultdict(list)
    for row in rows:
        if len(picked[row["target_group"]]) < per_group:
            picked[row["target_group"]].append((row["page"], row["views"]))
    titles = dict(
        Page.objects.filter(pk__in={p for items in picked.values() for p, _v in items}).values_list("pk", "title")
    )
    result = []
    for group_id, items in sorted(picked.items(), key=lambda item: groups.get(item[0], "")):
        for page_id, views in items:
            result.append((groups.get(group_id, "?"), titles.get(page_id, "?"), views))
    return result


def _campaign_figures(period, by_link):
    rows = DailyCampaignStat.objects.filter(day__range=(period.start, period.end))
    rows = rows.exclude(link=None) if by_link else rows.filter(link=None)
    key = "link" if by_link else "campaign"
    return {
        row[key]: row
        for row in rows.order_by()
        .values(key)
        .annotate(views=Sum("views"), visitors=Sum("visitors"), conversions=Sum("conversions"))
    }


def campaign_comparison(period):
    """Rows (campaign, outside the region?, visits, unique visitors, conversions, visit target, conversion target)."""
    figures = _campaign_figures(period, by_link=False)
    running = Q(starts_on__lte=period.end) & (Q(ends_on__isnull=True) | Q(ends_on__gte=period.start))
    rows = []
    for campaign in Campaign.objects.filter(Q(pk__in=figures.keys()) | running).order_by("name"):
        data = figures.get(campaign.pk, {})
        rows.append(
            (
                campaign.name,
                _("yes") if campaign.outside_region else _("no"),
                data.get("views", 0),
                data.get("visitors", 0),
                data.get("conversions", 0),
                campaign.kpi_visits or "",
                campaign.kpi_conversions or "",
            )
        )
    return rows


def links_of_campaigns(period):
    """Rows (campaign, link, channel, visits, visitors, conversions) per QR code or tagged link."""
    from analytics.models import CampaignLink

    figures = _campaign_figures(period, by_link=True)
    return [
        (
            link.campaign.name,
            link.label,
            link.get_channel_display(),
            figures[link.pk]["views"],
            figures[link.pk]["visitors"],
            figures[link.pk]["conversions"],
        )
        for link in CampaignLink.objects.filter(pk__in=figures.keys())
        .select_related("campaign")
        .order_by("campaign__name", "sort_order")
    ]


def partner_widgets(period):
    """Rows (partner, widget, views, clicks through, click rate %) of the partners' embedded widgets."""
    from partners.stats import by_partner

    return by_partner(period.start, period.end)


def registrations_by_origin(period):
    from events.choices import Origin
    from events.models import Registration

    counts = dict(
        Registration.objects.filter(created_at__date__range=(period.start, period.end))
        .exclude(status="cancelled")
        .order_by()
        .values_list("origin")
        .annotate(n=Count("pk"))
    )
    return [(label, counts.get(value, 0)) for value, label in Origin.choices]


def survey_reasons(period):
    """Rows (reason, origin, leaving, settling): reasons named by people who left vs who live here, by origin."""
    from events.choices import Origin

    origins = dict(Origin.choices)
    origins[""] = _("unknown")
    rows = (
        SurveyResponse.reasons.through.objects.filter(
            surveyresponse__created_at__date__range=(period.start, period.end),
            surveyresponse__relation__in=["lives", "used_to"],
        )
        .order_by()
        .values("reason__name", "surveyresponse__origin", "surveyresponse__relation")
        .annotate(n=Count("pk"))
    )
    table = defaultdict(lambda: [0, 0])
    for row in rows:
        key = (row["reason__name"], str(origins.get(row["surveyresponse__origin"], "?")))
        table[key][0 if row["surveyresponse__relation"] == "used_to" else 1] += row["n"]
    return [(reason, origin, leaving, settling) for (reason, origin), (leaving, settling) in sorted(table.items())]


def survey_by_group(period):
    """Rows (target group, origin, responses, would consider living or working here)."""
    from events.choices import Origin

    origins = dict(Origin.choices)
    origins[""] = _("unknown")
    rows = (
        SurveyResponse.objects.filter(created_at__date__range=(period.start, period.end))
        .order_by()
        .values("target_group__name", "origin")
        .annotate(n=Count("pk"), yes=Count("pk", filter=Q(consider="yes")))
        .order_by("target_group__name", "origin")
    )
    return [
        (row["target_group__name"] or _("not given"), str(origins.get(row["origin"], "?")), row["n"], row["yes"])
        for row in rows
    ]


def ambassadors_against_pace(period):
    from ambassadors.models import Ambassador
    from ambassadors.progress import progress_for

    today = min(timezone.localdate(), period.end)
    return [
        (row.ambassador.name, row.held, row.published, row.expected, row.target, row.media)
        for row in progress_for(Ambassador.objects.active(), year=period.end.year, today=today)
    ]


def surveys():
    from analytics.models import SurveyPage

    return SurveyPage.objects.annotate(answers=Count("responses")).order_by("title")


def settings_for(request):
    return ImpactSettings.for_request(request)
