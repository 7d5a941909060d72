"""Faceted career search: full text plus filters that combine, each option with its count.

All counts come from one aggregate query, whatever the number of careers: for
each option, ``COUNT(*) FILTER (WHERE <the other filters> AND <this option>)``.
Options within one filter are alternatives (OR); filters combine (AND).
The state lives in the query string, so every result page can be shared.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.search.backends import get_search_backend

from careers.choices import HOURS_RANGES, Contract, EducationLevel, Kind
from home.caching import cache_seconds, remember
from home.queries import search_words

MAX_QUERY_LENGTH = 200
MAX_PARAM_LENGTH = 100
SORTS = {
    "nieuwste": (_("Newest"), ("-date_posted", "-pk")),
    "sluitdatum": (_("Closing soon"), ("valid_through", "-date_posted", "-pk")),
}
DEFAULT_SORT = "nieuwste"


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    active: bool = False
    url: str = ""


@dataclass
class Dimension:
    param: str
    label: str
    choices: list  # [(value, label, key)] where key is what the query filters on
    lookup: object  # callable(keys) -> Q

    def q(self, values):
        keys = [key for value, _label, key in self.choices if value in values]
        return self.lookup(keys)


@dataclass
class Facet:
    param: str
    label: str
    options: list = field(default_factory=list)


def _hours_q(ranges):
    q = Q()
    for start, end in ranges:
        q |= Q(hours_min__lt=end, hours_max__gte=start)
    return q


def _groups_q(ids):
    from careers.models import CareerPage

    through = CareerPage.target_groups.through.objects.filter(targetgroup_id__in=ids)
    return Q(pk__in=through.values("careerpage_id"))


def vocabulary():
    """Sectors, municipalities and target groups as (slug, name, id), cached under the content version."""
    from home.models import Municipality, TargetGroup, Theme

    def build():
        return {
            "sector": list(Theme.objects.values_list("slug", "name", "pk")),
            "gemeente": list(Municipality.objects.order_by("name").values_list("slug", "name", "pk")),
            "doelgroep": list(TargetGroup.objects.values_list("slug", "name", "pk")),
        }

    return remember(("career-vocabulary",), build, cache_seconds())


def dimensions():
    vocab = vocabulary()
    choices = lambda options: [(value, label, value) for value, label in options]  # noqa: E731
    return [
        Dimension("soort", _("Kind"), choices(Kind.choices), lambda keys: Q(kind__in=keys)),
        Dimension("sector", _("Sector"), vocab["sector"], lambda keys: Q(sector_id__in=keys)),
        Dimension(
            "niveau", _("Education level"), choices(EducationLevel.choices), lambda keys: Q(education_level__in=keys)
        ),
        Dimension(
            "uren",
            _("Hours per week"),
            [(value, label, (start, end)) for value, label, start, end in HOURS_RANGES],
            _hours_q,
        ),
        Dimension("contract", _("Contract"), choices(Contract.choices), lambda keys: Q(contract__in=keys)),
        Dimension("gemeente", _("Municipality"), vocab["gemeente"], lambda keys: Q(municipality_id__in=keys)),
        Dimension(
            "engels", _("Language"), [("ja", _("English-friendly"), True)], lambda keys: Q(english_friendly=True)
        ),
        Dimension("doelgroep", _("For"), vocab["doelgroep"], _groups_q),
    ]


def text_matches(query):
    """Primary keys of careers that match the words anywhere, or whose title starts with them
    (so 'verpleeg' finds nurses), from the search backend in use. Two short queries."""
    from careers.models import CareerPage

    backend = get_search_backend()
    careers = CareerPage.objects.all()
    found = set()
    for results in (
        backend.search(query, careers, operator="and", order_by_relevance=False),
        backend.autocomplete(query, careers, operator="and", order_by_relevance=False),
    ):
        if hasattr(results, "get_queryset"):
            found.update(results.get_queryset().values_list("pk", flat=True))
        else:
            found.update(page.pk for page in results)
    return found


def _bits(positions, size):
    bitmap = bytearray((size + 7) // 8)
    for position in positions:
        bitmap[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bitmap, "little")


class FacetIndex:
    """The open careers of an index as one bitmap per filter option, in listing order.

    Built with two queries and kept in the cache under the content version and
    the day (so closing dates apply at midnight). Counting an option is then an
    AND and a bit count, whatever the number of careers.
    """

    def __init__(self, pks, closing_order, masks):
        self.pks = pks  # newest first
        self.closing_order = closing_order  # positions, closing soonest first
        self.masks = masks  # {(param, key): bitmap}
        self.all = (1 << len(pks)) - 1

    @classmethod
    def build(cls, index, today, dimensions):
        from careers.models import CareerPage

        rows = list(
            _open_careers(index, today)
            .order_by(*SORTS[DEFAULT_SORT][1])
            .values_list(
                "pk",
                "kind",
                "sector_id",
                "education_level",
                "contract",
                "municipality_id",
                "english_friendly",
                "hours_min",
                "hours_max",
                "valid_through",
            )
        )
        position = {row[0]: number for number, row in enumerate(rows)}
        members = {}
        for number, (_pk, kind, sector, level, contract, municipality, english, low, high, _until) in enumerate(rows):
            for param, key in (
                ("soort", kind),
                ("sector", sector),
                ("niveau", level),
                ("contract", contract),
                ("gemeente", municipality),
                ("engels", True if english else None),
            ):
                members.setdefault((param, key), []).append(number)
            if low is not None:
                for _value, _label, start, end in HOURS_RANGES:
                    if low < end and high >= start:
                        members.setdefault(("uren", (start, end)), []).append(number)
        through = CareerPage.target_groups.through.objects.filter(careerpage__in=_open_careers(index, today))
        for pk, group in through.values_list("careerpage_id", "targetgroup_id"):
            if pk in position:
                members.setdefault(("doelgroep", group), []).append(position[pk])
        closing = sorted(range(len(rows)), key=lambda n: (rows[n][9], n))
        return cls([row[0] for row in rows], closing, {key: _bits(found, len(rows)) for key, found in members.items()})

    def _mask(self, dimension, values):
        keys = {key for value, _label, key in dimension.choices if value in values}
        mask = 0
        for key in keys:
            mask |= self.masks.get((dimension.param, key), 0)
        return mask

    def counts(self, dimensions, selected, text_ids=None):
        base = self.all
        if text_ids is not None:
            position = {pk: number for number, pk in enumerate(self.pks)}
            base = _bits([position[pk] for pk in text_ids if pk in position], len(self.pks))
        chosen = {d.param: self._mask(d, selected[d.param]) for d in dimensions if d.param in selected}
        mask = base
        for value in chosen.values():
            mask &= value
        options = {}
        for dimension in dimensions:
            others = base
            for param, value in chosen.items():
                if param != dimension.param:
                    others &= value
            for value, _label, key in dimension.choices:
                options[(dimension.param, value)] = (others & self.masks.get((dimension.param, key), 0)).bit_count()
        return {"total": mask.bit_count(), "options": options, "mask": mask}

    def ids(self, mask, sort, offset, limit):
        """Primary keys of results ``offset`` to ``offset + limit`` in the chosen order."""
        order = self.closing_order if sort == "sluitdatum" else range(len(self.pks))
        found = []
        for number in order:
            if mask >> number & 1:
                if offset:
                    offset -= 1
                    continue
                found.append(self.pks[number])
                if len(found) == limit:
                    break
        return found


class CareerSearch:
    def __init__(self, index, params, today=None):
        self.index = index
        self.today = today or timezone.localdate()
        self.dimensions = dimensions()
        self.query = search_words(params.get("q"), MAX_QUERY_LENGTH)
        sort = params.get("sorteer")
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self.selected = {}
        self._counts = None
        self._index = None
        self._text = None
        for dimension in self.dimensions:
            known = {value for value, _label, _key in dimension.choices}
            values = []
            for value in params.getlist(dimension.param)[:50]:
                value = value.strip()[:MAX_PARAM_LENGTH]
                if value in known and value not in values:
                    values.append(value)
            if values:
                self.selected[dimension.param] = values

    @classmethod
    def from_saved(cls, index, saved, today=None):
        params = QueryDict(mutable=True)
        for key, values in saved.items():
            params.setlist(key, values if isinstance(values, list) else [values])
        return cls(index, params, today=today)

    # State

    def saved(self):
        """The search as stored with a job alert."""
        state = {param: list(values) for param, values in self.selected.items()}
        if self.query:
            state["q"] = self.query
        return state

    def url_with(self, toggle=None, **changes):
        """The query string of this search with one filter value toggled or a param set (None removes it)."""
        query = {"q": [self.query]} if self.query else {}
        for param, values in self.selected.items():
            values = list(values)
            if toggle and toggle[0] == param:
                values.remove(toggle[1]) if toggle[1] in values else values.append(toggle[1])
            if values:
                query[param] = values
        if toggle and toggle[0] not in self.selected:
            query[toggle[0]] = [toggle[1]]
        if self.sort != DEFAULT_SORT:
            query["sorteer"] = [self.sort]
        for param, value in changes.items():
            if value is None:
                query.pop(param, None)
            else:
                query[param] = [value]
        encoded = urlencode(query, doseq=True)
        return f"?{encoded}" if encoded else "?"

    def hidden_inputs(self):
        """(name, value) of the filters and sort, kept when the search words change."""
        inputs = [(param, value) for param, values in self.selected.items() for value in values]
        return inputs + ([("sorteer", self.sort)] if self.sort != DEFAULT_SORT else [])

    # Queries

    def base(self):
        careers = _open_careers(self.index, self.today)
        if self.query:
            careers = careers.filter(pk__in=self._text_ids())
        return careers

    def _filters(self, skip=None):
        q = Q()
        for dimension in self.dimensions:
            if dimension.param in self.selected and dimension.param != skip:
                q &= dimension.q(self.selected[dimension.param])
        return q

    def matching(self):
        """The open careers that match the whole search, in the chosen order."""
        return self.base().filter(self._filters()).order_by(*SORTS[self.sort][1])

    def facet_index(self):
        if self._index is None:
            key = ("career-facet-index", self.index.pk, self.today.isoformat())
            self._index = remember(
                key, lambda: FacetIndex.build(self.index, self.today, self.dimensions), cache_seconds()
            )
        return self._index

    def counts(self):
        """The number of results and the count of every filter option, from the facet index."""
        if self._counts is None:
            self._counts = self.facet_index().counts(self.dimensions, self.selected, self._text_ids())
        return self._counts

    def _text_ids(self):
        if not self.query:
            return None
        if self._text is None:
            self._text = text_matches(self.query)
        return self._text

    # What the page shows

    def facets(self):
        counts = self.counts()["options"]
        facets = []
        for dimension in self.dimensions:
            chosen = self.selected.get(dimension.param, [])
            options = [
                Option(
                    value,
                    label,
                    counts[(dimension.param, value)],
                    value in chosen,
                    self.url_with(toggle=(dimension.param, value), pagina=None),
                )
                for value, label, _key in dimension.choices
            ]
            options = [option for option in options if option.count or option.active]
            if options:
                facets.append(Facet(dimension.param, dimension.label, options))
        return facets

    def active_filters(self):
        """(filter label, option label, URL without it) for every chosen option."""
        chosen = []
        for dimension in self.dimensions:
            for value, label, _key in dimension.choices:
                if value in self.selected.get(dimension.param, []):
                    chosen.append((dimension.label, label, self.url_with(toggle=(dimension.param, value), pagina=None)))
        if self.query:
            chosen.append((_("Search words"), f"“{self.query}”", self.url_with(q=None, pagina=None)))
        return chosen

    def sort_options(self):
        return [
            Option(
                value,
                label,
                active=value == self.sort,
                url=self.url_with(sorteer=value if value != DEFAULT_SORT else None, pagina=None),
            )
            for value, (label, _order) in SORTS.items()
        ]

    def describe(self):
        """A short description of the search for e-mails, e.g. 'Vacancy · Roermond · “lasser”'."""
        parts = [label for _dim, label, _url in self.active_filters()]
        return " · ".join(str(part) for part in parts) or str(_("All careers"))

    def page(self, number):
        from careers.models import CareerPage

        total = self.counts()["total"]
        paginator = Paginator(range(total), self.index.per_page or 12)
        page = paginator.get_page(number)
        ids = self.facet_index().ids(self._counts["mask"], self.sort, page.start_index() - 1, len(page.object_list))
        # The ids come from the facet index, which holds only open, public careers of this index.
        careers = CareerPage.objects.filter(pk__in=ids).for_cards().in_bulk() if ids else {}
        page.object_list = [careers[pk] for pk in ids if pk in careers]
        return page

    def page_url(self, number):
        return self.url_with(pagina=number)


def _open_careers(index, today):
    from careers.models import CareerPage

    return CareerPage.objects.child_of(index).open(today)
