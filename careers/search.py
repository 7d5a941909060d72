"""Faceted career search: full text plus filters that combine, each option with its count.

Built on the listing toolkit (``home/listing.py``): the open careers of an index
are one bitmap per filter option, cached for the day, so the counts, the total and
a page of results cost the same whatever the number of careers. Options within one
filter are alternatives (OR); filters combine (AND). The state lives in the query
string, so every result page can be shared; the weekly alert digest uses the same
index, so there is one encoding of the filter rules.
"""

from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.search.backends import get_search_backend

from careers.choices import HOURS_RANGES, Contract, EducationLevel, Kind
from careers.models import CareerPage
from home.caching import cache_seconds, remember
from home.listing import Dimension, FacetedListing, FacetIndex, Option
from home.localized import localized
from home.models import Municipality, TargetGroup, Theme
from home.queries import search_words

MAX_QUERY_LENGTH = 200
SORTS = {
    "nieuwste": (_("Newest"), ("-date_posted", "-pk")),
    "sluitdatum": (_("Closing soon"), ("valid_through", "-date_posted", "-pk")),
}
DEFAULT_SORT = "nieuwste"


def vocabulary():
    """Sectors, municipalities and target groups as (slug, name in the active language, id) of the
    Dutch originals, cached under the content version (per language)."""

    def localized_names(queryset):
        return [(row.slug, localized(row).name, row.pk) for row in queryset]

    def build():
        return {
            "sector": localized_names(Theme.objects.canonical()),
            "gemeente": localized_names(Municipality.objects.canonical().order_by("name")),
            "doelgroep": localized_names(TargetGroup.objects.canonical()),
        }

    return remember(("career-vocabulary",), build, cache_seconds())


def dimensions():
    vocab = vocabulary()
    choices = lambda options: [(value, label, value) for value, label in options]  # noqa: E731
    return [
        Dimension("soort", _("Kind"), choices(Kind.choices)),
        Dimension("sector", _("Sector"), vocab["sector"]),
        Dimension("niveau", _("Education level"), choices(EducationLevel.choices)),
        Dimension("uren", _("Hours per week"), [(v, label, (start, end)) for v, label, start, end in HOURS_RANGES]),
        Dimension("contract", _("Contract"), choices(Contract.choices)),
        Dimension("gemeente", _("Municipality"), vocab["gemeente"]),
        Dimension("engels", _("Language"), [("ja", _("English-friendly"), True)]),
        Dimension("doelgroep", _("For"), vocab["doelgroep"]),
    ]


def text_matches(query):
    """Primary keys of careers that match the words anywhere, or whose title starts with them
    (so 'verpleeg' finds nurses), from the search backend in use. Two short queries."""
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


def build_facet_index(index, today):
    """The open careers of ``index`` on ``today``: two queries."""
    careers = CareerPage.objects.child_of(index.career_source()).open(today)
    rows = list(
        careers.order_by(*SORTS[DEFAULT_SORT][1]).values_list(
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
    through = CareerPage.target_groups.through.objects.filter(careerpage__in=careers)
    for pk, group in through.values_list("careerpage_id", "targetgroup_id"):
        if pk in position:
            members.setdefault(("doelgroep", group), []).append(position[pk])
    closing = sorted(range(len(rows)), key=lambda n: (rows[n][9], n))
    return FacetIndex([row[0] for row in rows], members, orders={"sluitdatum": closing})


class CareerSearch(FacetedListing):
    def __init__(self, index, params, today=None):
        self.index = index
        self.today = today or timezone.localdate()
        self.query = search_words(params.get("q"), MAX_QUERY_LENGTH)
        sort = params.get("sorteer")
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self.per_page = index.per_page or 12
        self._index = None
        self._text = None
        super().__init__(params)

    @classmethod
    def from_saved(cls, index, saved, today=None):
        params = QueryDict(mutable=True)
        for key, values in saved.items():
            params.setlist(key, values if isinstance(values, list) else [values])
        return cls(index, params, today=today)

    def get_dimensions(self):
        return dimensions()

    def fixed_params(self):
        return ([("q", self.query)] if self.query else []) + (
            [("sorteer", self.sort)] if self.sort != DEFAULT_SORT else []
        )

    @property
    def order(self):
        return "sluitdatum" if self.sort == "sluitdatum" else None

    def saved(self):
        """The search as stored with a job alert."""
        state = {param: list(values) for param, values in self.selected.items()}
        if self.query:
            state["q"] = self.query
        return state

    def hidden_inputs(self):
        """(name, value) of the filters and sort, kept when the search words change."""
        inputs = [(param, value) for param, values in self.selected.items() for value in values]
        return inputs + ([("sorteer", self.sort)] if self.sort != DEFAULT_SORT else [])

    def facet_index(self):
        if self._index is None:
            key = ("career-facet-index", self.index.pk, self.today.isoformat())
            self._index = remember(key, lambda: build_facet_index(self.index, self.today), cache_seconds())
        return self._index

    def base_mask(self):
        if not self.query:
            return None
        if self._text is None:
            self._text = text_matches(self.query)
        return self.facet_index().mask_of(self._text)

    def fetch(self, ids):
        # The ids come from the facet index, which holds only open, public careers of this index.
        careers = CareerPage.objects.filter(pk__in=ids).for_cards().in_bulk()
        return [careers[pk] for pk in ids if pk in careers]

    def matching(self):
        """The careers that match the whole search, from the same facet index as the page."""
        return CareerPage.objects.filter(pk__in=self.result_ids()).order_by(*SORTS[self.sort][1])

    def active_filters(self):
        chosen = super().active_filters()
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
