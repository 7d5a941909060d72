"""A year of synthetic but plausible reach: seasonal traffic with campaign peaks, three campaigns with
links and QR codes, goal counts, and a few days of raw views. Written as rollups, so the dashboard is
meaningful on first start. Idempotent: nothing is added when the demo campaigns exist."""

import datetime
import math
import random
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from analytics.dashboard import page_target_groups
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
from home.models import TargetGroup

CAMPAIGNS = [
    # slug, name, objective, groups, outside, start (days ago), length, peak visitors a day, links
    (
        "terug-naar-limburg",
        "Terug naar Limburg",
        "Oud-inwoners en young professionals buiten de regio laten zien dat er hier werk en ruimte is.",
        ["young-professionals"],
        True,
        250,
        60,
        120,
        [
            ("social", "Instagram en LinkedIn"),
            ("newspaper", "Advertentie Eindhovens Dagblad"),
            ("poster", "Poster station Eindhoven"),
        ],
    ),
    (
        "banenmarkt-najaar",
        "Banenmarkt najaar",
        "Werkzoekenden in de regio naar de banenmarkt en de vacatures halen.",
        ["werkzoekenden"],
        False,
        75,
        40,
        90,
        [("fair", "Stand banenmarkt"), ("flyer", "Flyer bibliotheken"), ("newsletter", "Nieuwsbrief UWV")],
    ),
    (
        "open-dagen",
        "Open dagen techniek",
        "Scholieren en ouders naar de open dagen van bedrijven en opleidingen.",
        ["scholieren-en-studenten"],
        False,
        320,
        45,
        70,
        [("poster", "Poster scholen"), ("flyer", "Flyer ouderavond"), ("social", "TikTok")],
    ),
]


@transaction.atomic
def load(stdout=None):
    if Campaign.objects.filter(slug=CAMPAIGNS[0][0]).exists() or not Page.objects.filter(depth=2).exists():
        return
    today = timezone.localdate()
    rng = random.Random(2026)
    groups = {group.slug: group for group in TargetGroup.objects.canonical()}
    home = Page.objects.filter(depth=2).first()
    pages = list(Page.objects.live().filter(depth__gte=2).order_by("path").values_list("pk", flat=True)[:60])
    campaigns = []
    for slug, name, objective, group_slugs, outside, start, length, peak, links in CAMPAIGNS:
        campaign = Campaign(
            slug=slug,
            name=name,
            objective=objective,
            outside_region=outside,
            starts_on=today - datetime.timedelta(days=start),
            ends_on=today - datetime.timedelta(days=start - length),
            landing_page=home,
            kpi_visits=peak * length // 2,
            kpi_conversions=peak * length // 40,
            budget=5000 if outside else 2500,
        )
        campaign.target_groups = [groups[g] for g in group_slugs if g in groups]
        campaign.save()
        made = [
            CampaignLink.objects.create(campaign=campaign, channel=channel, label=label) for channel, label in links
        ]
        campaigns.append((campaign, made, start, length, peak, [groups[g] for g in group_slugs if g in groups]))

    stats, totals = [], []
    group_list = list(groups.values())
    devices = [("mobile", 0.62), ("desktop", 0.3), ("tablet", 0.08)]
    for days_ago in range(365, 0, -1):
        day = today - datetime.timedelta(days=days_ago)
        season = 1 + 0.25 * math.sin(2 * math.pi * (day.timetuple().tm_yday - 60) / 365)
        weekday = 0.75 if day.weekday() >= 5 else 1.0
        base = int(140 * season * weekday)
        day_visitors, campaign_visitors, outside_visitors, day_views = 0, 0, 0, 0
        for device, share in devices:
            for n in range(4):
                visitors = max(1, int(base * share / 4 * rng.uniform(0.6, 1.4)))
                group = group_list[(days_ago + n) % len(group_list)] if group_list and n < 3 else None
                page = pages[(days_ago * 7 + n * 13) % len(pages)] if pages else None
                views = int(visitors * rng.uniform(1.6, 2.6))
                stats.append(
                    DailyStat(day=day, page_id=page, target_group=group, device=device, views=views, visitors=visitors)
                )
                day_visitors += visitors
                day_views += views
            for campaign, links, start, length, peak, campaign_groups in campaigns:
                if not start - length <= days_ago <= start:
                    continue
                curve = math.sin(math.pi * (start - days_ago) / length)
                for link in links:
                    visitors = max(0, int(peak * curve * share / len(links) * rng.uniform(0.5, 1.5)))
                    if not visitors:
                        continue
                    group = campaign_groups[0] if campaign_groups and rng.random() < 0.4 else None
                    stats.append(
                        DailyStat(
                            day=day,
                            page_id=campaign.landing_page_id,
                            campaign=campaign,
                            link=link,
                            target_group=group,
                            device=device,
                            views=int(visitors * 1.8),
                            visitors=visitors,
                            conversions=int(visitors * rng.uniform(0.02, 0.08)),
                        )
                    )
                    campaign_visitors += visitors
                    outside_visitors += visitors if campaign.outside_region else 0
                    day_visitors += visitors
                    day_views += int(visitors * 1.8)
        totals.append(
            DailyTotal(
                day=day,
                views=day_views,
                visitors=int(day_visitors * 0.85),
                campaign_visitors=campaign_visitors,
                outside_campaign_visitors=outside_visitors,
            )
        )
    DailyStat.objects.bulk_create(stats, batch_size=2000)
    DailyCampaignStat.objects.bulk_create(campaign_stats(stats), batch_size=2000)
    DailyGroupStat.objects.bulk_create(group_stats(stats, campaigns), batch_size=2000)
    DailyTotal.objects.bulk_create(totals, batch_size=2000)
    GoalCount.objects.bulk_create(
        [
            GoalCount(day=today - datetime.timedelta(days=d), goal=goal, count=rng.randint(0, high))
            for d in range(1, 366)
            for goal, high in (("poster", 4), ("alert", 2))
        ]
    )
    # Today's raw views, not yet rolled up: the rollup command turns them into figures.
    if pages:
        PageView.objects.bulk_create(
            [
                PageView(
                    day=today,
                    hour=rng.randint(7, 22),
                    page_id=rng.choice(pages),
                    device=rng.choice(["mobile", "desktop", "tablet"]),
                    language="nl",
                    target_group=rng.choice(group_list) if group_list and rng.random() < 0.3 else None,
                    visitor=f"{rng.getrandbits(64):016x}",
                )
                for _ in range(200)
            ]
        )
    add_survey(home, rng, today, group_list)
    if stdout:
        stdout.write(f"Analytics: {len(campaigns)} campaigns, {len(stats)} daily figures over a year.")


def add_survey(home, rng, today, group_list):
    from analytics.models import SurveyField, SurveyPage, SurveyResponse
    from home.models import Reason

    home = home.specific
    survey = SurveyPage(
        title="Onderzoek: wonen en werken in Midden-Limburg",
        slug="onderzoek",
        intro="Woon je hier, woonde je hier of denk je erover? Vertel ons waarom. Het kost twee minuten en is anoniem.",
        thank_you_text="Dank je wel! Je antwoorden helpen ons begrijpen waarom mensen hier komen, blijven en vertrekken.",
    )
    survey.form_fields = [
        SurveyField(label="Wat zou je overhalen om (terug) te komen?", field_type="multiline", required=False)
    ]
    home.add_child(instance=survey)
    survey.save_revision().publish()
    reasons = list(Reason.objects.canonical())
    origins = ["region"] * 5 + ["netherlands"] * 3 + ["abroad"]
    for n in range(160):
        relation = rng.choice(["lives", "lives", "used_to", "never"])
        response = SurveyResponse.objects.create(
            page=survey,
            token=f"demo-{n}",
            created_at=timezone.now() - datetime.timedelta(days=rng.randint(1, 300)),
            origin=rng.choice(origins) if relation != "never" else rng.choice(["netherlands", "abroad"]),
            target_group=rng.choice(group_list) if group_list else None,
            relation=relation,
            consider=rng.choice(["yes", "maybe", "no"]),
        )
        if reasons:
            response.reasons.set(rng.sample(reasons, k=min(len(reasons), rng.randint(1, 3))))


def campaign_stats(stats):
    """Per day, link and campaign (link empty), from the demo's page figures."""
    found = defaultdict(lambda: [0, 0, 0])
    for stat in stats:
        if stat.campaign is None:
            continue
        for link in (stat.link, None):
            values = found[(stat.day, stat.campaign, link)]
            values[0] += stat.views
            values[1] += stat.visitors
            values[2] += stat.conversions
    return [
        DailyCampaignStat(day=day, campaign=campaign, link=link, views=v, visitors=u, conversions=c)
        for (day, campaign, link), (v, u, c) in found.items()
    ]


def group_stats(stats, campaigns):
    """Per day, target group and method, from the demo's page figures (visitors of a day assumed distinct)."""
    content = page_target_groups()
    of_campaign = {campaign.pk: [g.pk for g in groups] for campaign, _links, _s, _l, _p, groups in campaigns}
    found = defaultdict(int)
    for stat in stats:
        if stat.target_group is not None:
            found[(stat.day, stat.target_group.pk, "declared")] += stat.visitors
        for group_id in of_campaign.get(stat.campaign.pk if stat.campaign else None, ()):
            found[(stat.day, group_id, "campaign")] += stat.visitors
        for group_id in content.get(stat.page_id, ()):
            found[(stat.day, group_id, "content")] += stat.visitors
    return [
        DailyGroupStat(day=day, target_group_id=group_id, method=method, visitors=visitors)
        for (day, group_id, method), visitors in found.items()
    ]
