"""The listing toolkit: filters as links, each option with its count, shareable URLs, pagination.

Stories, careers and events build their index pages from these pieces:

- ``Dimension``: one filter (a query parameter), its options ``(value, label, key)``
  and whether several values may be chosen at once (alternatives, OR) or one.
- ``parse_selection``: the chosen values from a query string; unknown, repeated or
  oversized values are dropped, so only validated values reach a query or a cache key.
- ``FacetIndex``: the listing's items as one bitmap per option, in listing order
  (plus other orders). Counting an option combined with the other filters is an
  AND and a bit count; a page of results is a walk over the bits. Built with a few
  queries and cached by the app under the content version and the day.
- ``FacetedListing``: the state of one request: chosen values, URLs that toggle a
  value, facets with counts, the active filters, and a page of results.

Filters within one dimension are alternatives; dimensions combine (AND).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator

MAX_VALUES = 50
MAX_VALUE_LENGTH = 100


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    active: bool = False
    url: str = ""


@dataclass
class Facet:
    param: str
    label: str
    options: list = field(default_factory=list)
    multiple: bool = True

    @property
    def active(self):
        return next((option for option in self.options if option.active), None)


@dataclass
class Dimension:
    param: str
    label: str
    choices: list  # [(value, label, key)]: value in the URL, key in the facet index
    multiple: bool = True  # several values are alternatives; otherwise choosing one replaces the other
    sort_by_count: bool = False
    limit: int | None = None

    def keys(self, values):
        return {key for value, _label, key in self.choices if value in values}


def parse_selection(params, dimensions):
    """{param: [values]} of the known values in ``params`` (a QueryDict); the rest is ignored."""
    selected = {}
    for dimension in dimensions:
        known = {value for value, _label, _key in dimension.choices}
        values = []
        for value in params.getlist(dimension.param)[:MAX_VALUES]:
            value = value.strip()[:MAX_VALUE_LENGTH]
            if value in known and value not in values:
                values.append(value)
        if values:
            selected[dimension.param] = values if dimension.multiple else values[:1]
    return selected


def bits(positions, size):
    bitmap = bytearray((size + 7) // 8)
    for position in positions:
        bitmap[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bitmap, "little")


class FacetIndex:
    """Items as bitmaps per ``(param, key)``, positions in listing order; picklable for the cache."""

    def __init__(self, pks, members, orders=None):
        self.pks = list(pks)
        self.masks = {key: bits(found, len(self.pks)) for key, found in members.items()}
        self.orders = orders or {}  # name -> positions in that order
        self.all = (1 << len(self.pks)) - 1

    def mask_of(self, pks):
        position = {pk: number for number, pk in enumerate(self.pks)}
        return bits([position[pk] for pk in pks if pk in position], len(self.pks))

    def counts(self, dimensions, selected, base=None):
        """The result mask and total, and per option the count combined with the other dimensions."""
        base = self.all if base is None else base
        chosen = {}
        for dimension in dimensions:
            if dimension.param in selected:
                mask = 0
                for key in dimension.keys(selected[dimension.param]):
                    mask |= self.masks.get((dimension.param, key), 0)
                chosen[dimension.param] = mask
        result = base
        for mask in chosen.values():
            result &= mask
        options = {}
        for dimension in dimensions:
            others = base
            for param, mask in chosen.items():
                if param != dimension.param:
                    others &= mask
            for value, _label, key in dimension.choices:
                options[(dimension.param, value)] = (others & self.masks.get((dimension.param, key), 0)).bit_count()
        return {"total": result.bit_count(), "options": options, "mask": result}

    def ids(self, mask, order=None, offset=0, limit=None):
        """Primary keys of the items in ``mask``, ``offset`` to ``offset + limit``, in the named order."""
        positions = self.orders[order] if order else range(len(self.pks))
        found = []
        for number in positions:
            if mask >> number & 1:
                if offset:
                    offset -= 1
                    continue
                found.append(self.pks[number])
                if limit is not None and len(found) == limit:
                    break
        return found


class FacetedListing:
    """One request's view of a faceted listing. Subclasses give the dimensions and the facet index."""

    page_param = "pagina"
    per_page = 12

    def __init__(self, params):
        self.params = params
        self.dimensions = self.get_dimensions()
        self.selected = parse_selection(params, self.dimensions)
        self._counts = None

    # What subclasses provide

    def get_dimensions(self):
        raise NotImplementedError

    def facet_index(self):
        raise NotImplementedError

    def base_mask(self):
        """The items before filtering (e.g. those matching search words); None for all."""
        return None

    def fixed_params(self):
        """Parameters kept in every URL besides the filters (search words, sort): [(name, value)]."""
        return []

    def fetch(self, ids):
        """The objects of these primary keys, in this order."""
        raise NotImplementedError

    order = None

    # State and URLs

    def url_with(self, toggle=None, **changes):
        """This listing's query string with one filter value toggled, or parameters set (None removes)."""
        query = {}
        for name, value in self.fixed_params():
            query.setdefault(name, []).append(value)
        for dimension in self.dimensions:
            values = list(self.selected.get(dimension.param, []))
            if toggle and toggle[0] == dimension.param:
                if toggle[1] in values:
                    values.remove(toggle[1])
                else:
                    values = [*values, toggle[1]] if dimension.multiple else [toggle[1]]
            if values:
                query[dimension.param] = values
        for name, value in changes.items():
            if value is None:
                query.pop(name, None)
            else:
                query[name] = [value]
        encoded = urlencode(query, doseq=True)
        return f"?{encoded}" if encoded else "?"

    def page_url(self, number):
        return self.url_with(**{self.page_param: number})

    @property
    def cache_key(self):
        """A key for this selection, made only of validated values."""
        return self.url_with()

    # What the page shows

    def counts(self):
        if self._counts is None:
            self._counts = self.facet_index().counts(self.dimensions, self.selected, self.base_mask())
        return self._counts

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
                    self.url_with(toggle=(dimension.param, value), **{self.page_param: None}),
                )
                for value, label, _key in dimension.choices
            ]
            options = [option for option in options if option.count or option.active]
            if dimension.sort_by_count:
                options.sort(key=lambda o: (not o.active, -o.count, str(o.label)))
            if dimension.limit:
                options = options[: dimension.limit]
            if options:
                facets.append(Facet(dimension.param, dimension.label, options, dimension.multiple))
        return facets

    def active_filters(self):
        """(filter label, option label, URL without it) for every chosen value."""
        chosen = []
        for dimension in self.dimensions:
            for value, label, _key in dimension.choices:
                if value in self.selected.get(dimension.param, []):
                    url = self.url_with(toggle=(dimension.param, value), **{self.page_param: None})
                    chosen.append((dimension.label, label, url))
        return chosen

    def result_ids(self, order=None):
        return self.facet_index().ids(self.counts()["mask"], order or self.order)

    def page(self, number=None, per_page=None):
        """A page of results (bad or out-of-range numbers give the first or last page)."""
        total = self.counts()["total"]
        paginator = Paginator(range(total), per_page or self.per_page)
        page = paginator.get_page(self.params.get(self.page_param) if number is None else number)
        ids = self.facet_index().ids(self.counts()["mask"], self.order, page.start_index() - 1, len(page.object_list))
        page.object_list = self.fetch(ids) if ids else []
        page.cache_key = f"{page.number}:{self.cache_key}"
        return page
