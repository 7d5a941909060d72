"""Raw page views become daily rollups; the dashboard reads rollups only. Raw views and old salts are deleted.

``rollup_pending()`` rolls up every day that still has raw views (idempotent: a
day's rollup is replaced as a whole), in one grouped query per day. ``prune()``
deletes raw views older than the retention setting and salts older than 48 hours.
Both run from ``manage.py rollup_analytics`` (hourly from cron) and from the
``rollup`` task (the dashboard's "update now").
"""

import datetime
from collections import defaultdict

from django_tasks import task

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from analytics.beacon import forget_salts
from analytics.models import (
    Campaign,
    DailyCampaignStat,
    DailyGroupStat,
    DailyStat,
    DailyTotal,
    ImpactSettings,
    PageView,
    SurveyResponse,
)
from partners.stats import rollup_clicks

DIMENSIONS = ("page", "campaign", "link", "target_group", "device")
SURVEY_EMAIL_DAYS = 365


@transaction.atomic
def rollup_day(day):
    views = PageView.objects.filter(day=day)
    for model in (DailyStat, DailyTotal, DailyCampaignStat, DailyGroupStat):
        model.objects.filter(day=day).delete()
    rows = (
        views.order_by()
        .values(*DIMENSIONS)
        .annotate(
            views=Count("pk", filter=Q(goal="")),
            visitors=Count("visitor", distinct=True),
            conversions=Count("pk", filter=~Q(goal="")),
        )
    )
    DailyStat.objects.bulk_create(
        [
            DailyStat(
                day=day,
                page_id=row["page"],
                campaign_id=row["campaign"],
                link_id=row["link"],
                target_group_id=row["target_group"],
                device=row["device"],
                views=row["views"],
                visitors=row["visitors"],
                conversions=row["conversions"],
            )
            for row in rows.iterator(chunk_size=5000)
        ],
        batch_size=2000,
    )
    campaign_rows = []
    for dimensions in (("campaign", "link"), ("campaign",)):
        for row in (
            views.exclude(campaign=None)
            .order_by()
            .values(*dimensions)
            .annotate(
                views=Count("pk", filter=Q(goal="")),
                visitors=Count("visitor", distinct=True),
                conversions=Count("pk", filter=~Q(goal="")),
            )
        ):
            if len(dimensions) == 2 and row["link"] is None:
                continue
            campaign_rows.append(
                DailyCampaignStat(
                    day=day,
                    campaign_id=row["campaign"],
                    link_id=row.get("link"),
                    views=row["views"],
                    visitors=row["visitors"],
                    conversions=row["conversions"],
                )
            )
    DailyCampaignStat.objects.bulk_create(campaign_rows, batch_size=2000)
    DailyGroupStat.objects.bulk_create(group_rows(day, views), batch_size=2000)
    total = views.aggregate(
        views=Count("pk", filter=Q(goal="")),
        visitors=Count("visitor", distinct=True),
        campaign_visitors=Count("visitor", distinct=True, filter=Q(campaign__isnull=False)),
        outside_campaign_visitors=Count("visitor", distinct=True, filter=Q(campaign__outside_region=True)),
    )
    if total["visitors"]:
        DailyTotal.objects.create(day=day, **total)
    rollup_clicks(day, views)  # partner widgets: landings with a widget's UTM tags
    return total["views"]


def group_rows(day, views):
    """Exact unique visitors per target group for each of the three methods."""
    from analytics.dashboard import page_target_groups

    content_groups = page_target_groups()
    campaign_groups = defaultdict(set)
    for campaign_id, group_id in Campaign.target_groups.through.objects.values_list("campaign_id", "targetgroup_id"):
        campaign_groups[campaign_id].add(group_id)
    seen = {"declared": defaultdict(set), "campaign": defaultdict(set), "content": defaultdict(set)}
    rows = views.order_by().values_list("visitor", "target_group", "campaign", "page").distinct()
    for visitor, declared, campaign, page in rows.iterator(chunk_size=10000):
        if declared:
            seen["declared"][declared].add(visitor)
        for group_id in campaign_groups.get(campaign, ()):
            seen["campaign"][group_id].add(visitor)
        for group_id in content_groups.get(page, ()):
            seen["content"][group_id].add(visitor)
    return [
        DailyGroupStat(day=day, target_group_id=group_id, method=method, visitors=len(visitors))
        for method, groups in seen.items()
        for group_id, visitors in groups.items()
    ]


def rollup_pending(today=None):
    """Roll up today, yesterday and every older day with raw views that has no rollup yet; returns {day: views}.

    A day is final once it is over; yesterday is rolled up once more to take in its last views.
    """
    today = today or timezone.localdate()
    raw_days = set(PageView.objects.order_by().values_list("day", flat=True).distinct())
    done = set(DailyTotal.objects.filter(day__in=raw_days).values_list("day", flat=True))
    recent = {today, today - datetime.timedelta(days=1)}
    return {day: rollup_day(day) for day in sorted(raw_days) if day in recent or day not in done}


def prune(today=None, retention_days=None):
    """Delete raw views older than the retention (after their day was rolled up) and salts older than 48 hours."""
    today = today or timezone.localdate()
    if retention_days is None:
        retention_days = _default_retention()
    cutoff = today - datetime.timedelta(days=retention_days)
    deleted, _ = PageView.objects.filter(day__lt=cutoff).delete()
    forget_salts()
    # Survey respondents who asked for the results: their address is kept for a year at most.
    SurveyResponse.objects.exclude(email="").filter(
        created_at__date__lt=today - datetime.timedelta(days=SURVEY_EMAIL_DAYS)
    ).update(email="")
    return deleted


def _default_retention():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return ImpactSettings.for_site(site).raw_retention_days if site else 30


@task()
def rollup():
    """The background task: roll up, then prune (the same as the command)."""
    days = rollup_pending()
    return {"days": len(days), "views": sum(days.values()), "pruned": prune()}
