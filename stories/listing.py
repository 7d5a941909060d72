"""The story index's filters: one choice per filter, link-based, with a count per choice.

Built on the listing toolkit (``home/listing.py``): the index's stories as one bitmap per
filter option (four queries, cached under the content version and the day), so every
option shows how many results it would give combined with the other filters.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from home.caching import fragment_cache_seconds, remember
from home.listing import Dimension, FacetedListing, FacetIndex
from home.localized import names_by_slug
from home.models import Municipality, TargetGroup, Theme
from stories.models import InterviewPage, StoryPage, StoryPageTag

KINDS = (("verhaal", _("Story")), ("interview", _("Interview")))
MAX_TAG_OPTIONS = 12
FACETS = (  # param, label; the options come from the stories of the index
    ("doelgroep", _("Target group")),
    ("thema", _("Theme")),
    ("gemeente", _("Municipality")),
    ("soort", _("Type")),
    ("tag", _("Tag")),
)


def story_facets(index):
    """(FacetIndex, labels per param) of the index's visible stories, in listing order."""
    return remember(("story-facets", index.pk), lambda: _build(index), fragment_cache_seconds())


def _build(index):
    interview_type = ContentType.objects.get_for_model(InterviewPage).pk
    rows = list(index.stories().values_list("pk", "content_type_id", "municipality__slug", "municipality__name"))
    position = {row[0]: number for number, row in enumerate(rows)}
    members, labels = {}, {param: {} for param, _label in FACETS}
    labels["soort"] = dict(KINDS)

    def add(param, pk, slug, name):
        members.setdefault((param, slug), []).append(position[pk])
        labels[param][slug] = name

    for pk, content_type_id, m_slug, m_name in rows:
        members.setdefault(("soort", "interview" if content_type_id == interview_type else "verhaal"), []).append(
            position[pk]
        )
        if m_slug:
            add("gemeente", pk, m_slug, m_name)
    ids = list(position)
    relations = (
        (
            "doelgroep",
            StoryPage.target_groups.through.objects.filter(storypage_id__in=ids).values_list(
                "storypage_id", "targetgroup__slug", "targetgroup__name"
            ),
        ),
        (
            "thema",
            StoryPage.themes.through.objects.filter(storypage_id__in=ids).values_list(
                "storypage_id", "theme__slug", "theme__name"
            ),
        ),
        (
            "tag",
            StoryPageTag.objects.filter(content_object_id__in=ids).values_list(
                "content_object_id", "tag__slug", "tag__name"
            ),
        ),
    )
    for param, pairs in relations:
        for pk, slug, name in pairs:
            add(param, pk, slug, name)
    for param, model in (("doelgroep", TargetGroup), ("thema", Theme), ("gemeente", Municipality)):
        names = names_by_slug(model)  # the names in the page's language
        labels[param] = {slug: names.get(slug, name) for slug, name in labels[param].items()}
    return FacetIndex([row[0] for row in rows], members), labels


class StoryListing(FacetedListing):
    def __init__(self, index, params):
        self.index = index
        self.per_page = index.per_page or 12
        self._facet_index, self.labels = story_facets(index)
        super().__init__(params)

    def get_dimensions(self):
        dimensions = []
        for param, label in FACETS:
            choices = [(value, name, value) for value, name in self.labels[param].items()]
            dimensions.append(
                Dimension(
                    param,
                    label,
                    choices,
                    multiple=False,
                    sort_by_count=param != "soort",
                    limit=MAX_TAG_OPTIONS if param == "tag" else None,
                )
            )
        return dimensions

    def facet_index(self):
        return self._facet_index

    @property
    def results(self):
        """Primary keys of the matching stories, newest first."""
        return self.result_ids()

    def fetch(self, ids):
        def load():
            stories = StoryPage.objects.filter(pk__in=ids).for_cards().select_related("municipality").in_bulk()
            return [stories[pk] for pk in ids if pk in stories]

        # Fetched only when the cards are rendered, not when they come from the fragment cache.
        return SimpleLazyObject(load)

    def page(self, number=None, per_page=None):
        page = super().page(number, per_page)
        page.cache_key = f"{self.index.pk}:{page.cache_key}"
        return page
