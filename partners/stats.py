"""Partner widgets' reach: views (counted by the widget's pixel) and clicks through (from the analytics).

A click through is a landing on the region's site with the widget's UTM tags; the
analytics beacon records it like any page view (no cookie, nothing personal). The
daily rollup (``analytics/rollup.py``) calls ``rollup_clicks(day, views)``, which sets
each (partner, widget) row's clicks of that day from the raw views, so running it
twice gives the same figures.
"""

from django.db.models import Count, Sum

from partners.embed import NO_PARTNER, UTM_MEDIUM
from partners.models import Partner, Widget, WidgetStat


def rollup_clicks(day, views):
    """Set the day's clicks per partner and widget from the raw page views of that day; returns the total."""
    rows = (
        views.filter(utm_medium=UTM_MEDIUM, goal="")
        .order_by()
        .values("utm_source", "utm_content")
        .annotate(clicks=Count("pk"))
    )
    known = set(Partner.objects.values_list("slug", flat=True))
    clicks = {}
    for row in rows:
        widget = row["utm_content"]
        if widget not in Widget.values:
            continue
        partner = row["utm_source"] if row["utm_source"] in known else ""
        if row["utm_source"] not in known and row["utm_source"] != NO_PARTNER:
            continue  # tags someone made up: not a widget's
        clicks[(partner, widget)] = clicks.get((partner, widget), 0) + row["clicks"]
    WidgetStat.objects.filter(day=day).exclude(clicks=0).update(clicks=0)
    for (partner, widget), count in clicks.items():
        updated = WidgetStat.objects.filter(day=day, partner=partner, widget=widget).update(clicks=count)
        if not updated:
            WidgetStat.objects.create(day=day, partner=partner, widget=widget, clicks=count)
    return sum(clicks.values())


def by_partner(start, end):
    """[(partner name, widget label, views, clicks, click rate %)] of a period, most views first."""
    names = dict(Partner.objects.values_list("slug", "name"))
    labels = dict(Widget.choices)
    rows = (
        WidgetStat.objects.filter(day__gte=start, day__lte=end)
        .values("partner", "widget")
        .annotate(views=Sum("views"), clicks=Sum("clicks"))
        .order_by("-views", "partner", "widget")
    )
    return [
        (
            names.get(row["partner"], row["partner"]) or "—",
            str(labels.get(row["widget"], row["widget"])),
            row["views"],
            row["clicks"],
            round(100 * row["clicks"] / row["views"], 1) if row["views"] else None,
        )
        for row in rows
    ]
