"""The event index: upcoming first (soonest first), then past (latest first), with filters as links.

Built on the listing toolkit (``home/listing.py``): the index's events as one bitmap
per target group, theme and month (cached under the content version and the day),
so every filter shows its count with the other filters. Which events are past is
decided per request, from the end times kept beside the bitmaps.
"""

import datetime

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventPage
from home.caching import cache_seconds, remember
from home.listing import Dimension, FacetedListing, FacetIndex, bits
from home.localized import names_by_slug
from home.queries import whole_number

PAST_PER_PAGE = 6
UPCOMING_PER_PAGE = 24
PAST_PARAM = "eerder"
MONTH_OPTIONS = 12


def months_between(start, end):
    """The first days of the months an event (local time) touches."""
    month = timezone.localtime(start).date().replace(day=1)
    last = timezone.localtime(end).date().replace(day=1)
    found = []
    while month <= last and len(found) < 24:
        found.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return found


def event_facets(index):
    """(FacetIndex in start order, end times, names of groups and themes), cached for the content version and day."""
    key = ("event-facets", index.pk, timezone.localdate().isoformat())
    return remember(key, lambda: _build(index), cache_seconds())


def _build(index):
    events = index.events()
    rows = list(events.order_by("start", "pk").values_list("pk", "start", "end"))
    position = {pk: number for number, (pk, _start, _end) in enumerate(rows)}
    members, labels = {}, {"doelgroep": {}, "thema": {}, "maand": {}}
    for number, (_pk, start, end) in enumerate(rows):
        for month in months_between(start, end):
            members.setdefault(("maand", month.strftime("%Y-%m")), []).append(number)
    for param, through, field in (
        ("doelgroep", EventPage.target_groups.through, "targetgroup"),
        ("thema", EventPage.themes.through, "theme"),
    ):
        pairs = through.objects.filter(eventpage__in=events).values_list(
            "eventpage_id", f"{field}__slug", f"{field}__name"
        )
        names = names_by_slug(through._meta.get_field(field).related_model)
        for pk, slug, name in pairs:
            members.setdefault((param, slug), []).append(position[pk])
            labels[param][slug] = names.get(slug, name)
    facet_index = FacetIndex(
        [pk for pk, _start, _end in rows], members, orders={"past": list(reversed(range(len(rows))))}
    )
    return facet_index, [end for _pk, _start, end in rows], labels


class EventListing(FacetedListing):
    def __init__(self, index, params, now=None):
        self.index = index
        self.now = now or timezone.now()
        self._facet_index, self.ends, self.labels = event_facets(index)
        super().__init__(params)

    def get_dimensions(self):
        this_month = timezone.localtime(self.now).strftime("%Y-%m")
        months = sorted(key for (param, key) in self._facet_index.masks if param == "maand" and key >= this_month)
        return [
            Dimension("doelgroep", _("For"), [(v, n, v) for v, n in self.labels["doelgroep"].items()], multiple=False),
            Dimension("thema", _("Theme"), [(v, n, v) for v, n in self.labels["thema"].items()], multiple=False),
            Dimension("maand", _("Month"), [(m, _month_label(m), m) for m in months[:MONTH_OPTIONS]], multiple=False),
        ]

    def facet_index(self):
        return self._facet_index

    def upcoming_mask(self):
        return bits([n for n, end in enumerate(self.ends) if end >= self.now], len(self.ends))

    def fetch(self, ids):
        events = EventPage.objects.filter(pk__in=ids).for_cards().select_related("series").in_bulk()
        return [events[pk] for pk in ids if pk in events]

    def upcoming(self):
        """A page of the upcoming events (soonest first): a long agenda never renders all at once."""
        return self._page_of(self.counts()["mask"] & self.upcoming_mask(), None, UPCOMING_PER_PAGE, "pagina")

    def past(self):
        """A page of the past events (latest first), paged apart from the upcoming ones (``?eerder=``)."""
        return self._page_of(self.counts()["mask"] & ~self.upcoming_mask(), "past", PAST_PER_PAGE, PAST_PARAM)

    def _page_of(self, mask, order, per_page, param):
        counts = self.counts()
        saved = self.order, self.page_param
        self._counts = {**counts, "mask": mask, "total": mask.bit_count()}
        self.order, self.page_param = order, param
        try:
            page = self.page(per_page=per_page)
        finally:
            self._counts, (self.order, self.page_param) = counts, saved
        page.links = PageLinks(self, param)
        return page

    @property
    def pages_key(self):
        """The page numbers asked for, as validated integers (for fragment cache keys)."""
        return ":".join(str(_page_number(self.params.get(param))) for param in ("pagina", PAST_PARAM))


class PageLinks:
    """Page URLs of one of the listing's two paginations, for ``includes/pagination.html``."""

    def __init__(self, listing, param):
        self.listing, self.param = listing, param

    def page_url(self, number):
        return self.listing.url_with(**{self.param: number})


def _page_number(value):
    return whole_number(value) or 1


def _month_label(value):
    return formats.date_format(datetime.datetime.strptime(value, "%Y-%m").date(), "F Y")
