"""The story index's filters: combinable, link-based, with a count per choice.

Facet counts are computed in Python from a compact membership table of the
index's stories (four queries, whatever the number of stories or filters),
so every filter shows how many results it would give combined with the others.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from home.caching import fragment_cache_seconds, remember
from stories.models import InterviewPage, StoryPage, StoryPageTag

KINDS = (("verhaal", _("Story")), ("interview", _("Interview")))
MAX_PARAM_LENGTH = 100
MAX_TAG_OPTIONS = 12


@dataclass
class Option:
    value: str
    label: str
    count: int
    active: bool
    url: str


@dataclass
class Facet:
    param: str
    label: str
    options: list = field(default_factory=list)

    @property
    def active(self):
        return next((o for o in self.options if o.active), None)


@dataclass
class Entry:
    """What the filters need to know of one story."""

    pk: int
    kind: str
    municipality: str
    groups: set = field(default_factory=set)
    themes: set = field(default_factory=set)
    tags: set = field(default_factory=set)


FACETS = (
    ("doelgroep", _("Target group"), "groups"),
    ("thema", _("Theme"), "themes"),
    ("gemeente", _("Municipality"), "municipality"),
    ("soort", _("Type"), "kind"),
    ("tag", _("Tag"), "tags"),
)


def load_membership(index):
    """Entries in listing order plus labels per facet, cached under the content version."""
    return remember(("story-membership", index.pk), lambda: _query_membership(index), fragment_cache_seconds())


def _query_membership(index):
    interview_type = ContentType.objects.get_for_model(InterviewPage).pk
    rows = index.stories().values_list("pk", "content_type_id", "municipality__slug", "municipality__name")
    entries, labels = {}, {"groups": {}, "themes": {}, "municipality": {}, "tags": {}, "kind": dict(KINDS)}
    for pk, content_type_id, m_slug, m_name in rows:
        entries[pk] = Entry(pk, "interview" if content_type_id == interview_type else "verhaal", m_slug or "")
        if m_slug:
            labels["municipality"][m_slug] = m_name
    ids = list(entries)
    through = StoryPage.target_groups.through.objects.filter(storypage_id__in=ids)
    for pk, slug, name in through.values_list("storypage_id", "targetgroup__slug", "targetgroup__name"):
        entries[pk].groups.add(slug)
        labels["groups"][slug] = name
    through = StoryPage.themes.through.objects.filter(storypage_id__in=ids)
    for pk, slug, name in through.values_list("storypage_id", "theme__slug", "theme__name"):
        entries[pk].themes.add(slug)
        labels["themes"][slug] = name
    tagged = StoryPageTag.objects.filter(content_object_id__in=ids)
    for pk, slug, name in tagged.values_list("content_object_id", "tag__slug", "tag__name"):
        entries[pk].tags.add(slug)
        labels["tags"][slug] = name
    return list(entries.values()), labels


def _matches(entry, attribute, value):
    member = getattr(entry, attribute)
    return value in member if isinstance(member, set) else member == value


class StoryListing:
    def __init__(self, index, params):
        self.index = index
        self.params = params
        self.entries, self.labels = load_membership(index)
        self.selected = {}
        for param, _label, attribute in FACETS:
            value = (params.get(param) or "").strip()[:MAX_PARAM_LENGTH]
            if value in self.labels[attribute]:  # unknown values are ignored (and never reach a cache key)
                self.selected[param] = (attribute, value)

    def _filtered(self, skip=None):
        return [
            entry
            for entry in self.entries
            if all(_matches(entry, attr, value) for param, (attr, value) in self.selected.items() if param != skip)
        ]

    @property
    def results(self):
        return self._filtered()

    def url_with(self, **changes):
        query = QueryDict(mutable=True)
        for param, (_attr, value) in self.selected.items():
            query[param] = value
        for param, value in changes.items():
            if value is None:
                query.pop(param, None)
            else:
                query[param] = value
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def facets(self):
        facets = []
        for param, label, attribute in FACETS:
            counts = Counter()
            for entry in self._filtered(skip=param):
                member = getattr(entry, attribute)
                counts.update(member if isinstance(member, set) else [member] if member else [])
            active_value = self.selected.get(param, (None, None))[1]
            labels = self.labels[attribute]
            options = [
                Option(
                    value,
                    labels[value],
                    counts[value],
                    value == active_value,
                    self.url_with(**{param: None if value == active_value else value}),
                )
                for value in labels
                if counts[value] or value == active_value
            ]
            if attribute != "kind":
                options.sort(key=lambda o: (not o.active, -o.count, str(o.label)))
            if attribute == "tags":
                options = options[:MAX_TAG_OPTIONS]
            if options:
                facets.append(Facet(param, label, options))
        return facets

    def active_filters(self):
        chosen = []
        for param, label, attribute in FACETS:
            if param in self.selected:
                value = self.selected[param][1]
                chosen.append((label, self.labels[attribute].get(value, value), self.url_with(**{param: None})))
        return chosen

    def page(self):
        # get_page() turns a bad or out-of-range page number into the first or last page.
        page = Paginator(self.results, self.index.per_page or 12).get_page(self.params.get("pagina"))
        ids = [entry.pk for entry in page.object_list]

        def fetch():
            stories = StoryPage.objects.filter(pk__in=ids).for_cards().select_related("municipality").in_bulk()
            return [stories[pk] for pk in ids if pk in stories]

        # Fetched only when the cards are rendered, not when they come from the fragment cache.
        page.object_list = SimpleLazyObject(fetch)
        page.cache_key = f"{self.index.pk}:{page.number}:{self.url_with()}"
        return page

    def page_url(self, number):
        return self.url_with(pagina=number)
