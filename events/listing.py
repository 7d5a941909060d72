"""The event index: upcoming first (soonest first), then past (latest first), with filters as links."""

import datetime
import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from home.caching import cache_seconds, remember
from home.models import TargetGroup, Theme

PAST_PER_PAGE = 6
MIN_YEAR, MAX_YEAR = 2000, 2999


def known_slugs(model):
    """The slugs of a vocabulary, cached under the content version (saving a term bumps it)."""
    return remember(
        ("slugs", model._meta.label), lambda: set(model.objects.values_list("slug", flat=True)), cache_seconds()
    )


@dataclass
class Option:
    value: str
    label: str
    active: bool
    url: str


class EventListing:
    def __init__(self, index, params, now=None):
        self.index = index
        self.params = params
        self.now = now or timezone.now()
        self.selected = {}
        # Only known values are used (unknown ones are ignored), so nothing else reaches a query or a cache key.
        for param, model in (("doelgroep", TargetGroup), ("thema", Theme)):
            value = (params.get(param) or "").strip()[:40]
            if value in known_slugs(model):
                self.selected[param] = value
        self.month = self._month(params.get("maand"))
        if self.month:
            self.selected["maand"] = self.month.strftime("%Y-%m")

    @staticmethod
    def _month(value):
        if not re.fullmatch(r"\d{4}-\d{2}", value or ""):
            return None
        try:
            month = datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            return None
        return month if MIN_YEAR <= month.year <= MAX_YEAR else None

    def _filtered(self):
        events = self.index.events()
        if "doelgroep" in self.selected:
            events = events.filter(target_groups__slug=self.selected["doelgroep"])
        if "thema" in self.selected:
            events = events.filter(themes__slug=self.selected["thema"])
        if self.month:
            tz = timezone.get_current_timezone()
            start = datetime.datetime.combine(self.month, datetime.time(), tzinfo=tz)
            following = (self.month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            end = datetime.datetime.combine(following, datetime.time(), tzinfo=tz)
            events = events.filter(start__lt=end, end__gte=start)
        return events.for_cards().select_related("series")

    def upcoming(self):
        return list(self._filtered().upcoming(self.now))

    def past(self):
        past = self._filtered().past(self.now)
        return Paginator(past, PAST_PER_PAGE).get_page(self.params.get("pagina"))

    def url_with(self, **changes):
        query = QueryDict(mutable=True)
        for param, value in {**self.selected, **changes}.items():
            if value is not None:
                query[param] = value
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def page_url(self, number):
        return self.url_with(pagina=number)

    def _options(self, param, pairs):
        active = self.selected.get(param)
        return [
            Option(value, label, value == active, self.url_with(**{param: None if value == active else value}))
            for value, label in pairs
        ]

    def filters(self):
        events = self.index.events()
        groups = TargetGroup.objects.filter(events__in=events).distinct().values_list("slug", "name")
        themes = Theme.objects.filter(events__in=events).distinct().values_list("slug", "name")
        months = sorted(
            {
                timezone.localtime(start).date().replace(day=1)
                for start in events.filter(end__gte=self.now).values_list("start", flat=True)
            }
        )
        month_pairs = [(m.strftime("%Y-%m"), formats.date_format(m, "F Y")) for m in months[:12]]
        return [
            (_("For"), self._options("doelgroep", groups)),
            (_("Theme"), self._options("thema", themes)),
            (_("Month"), self._options("maand", month_pairs)),
        ]
