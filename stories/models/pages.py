import math
import re
from collections.abc import Mapping, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import api_fields as api
from home.models.mixins import RegioBasePage
from home.models.translatable import canonical_choices
from stories.blocks import StoryBodyBlock
from stories.forms import StoryPageForm
from stories.structured_data import article_json_ld

WORDS_PER_MINUTE = 200


class StoryPageTag(TaggedItemBase):
    content_object = ParentalKey("stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items")


class StoryIndexPage(RoutablePageMixin, RegioBasePage):
    """Lists stories and interviews, newest first, with filters and a feed."""

    per_page = models.PositiveSmallIntegerField(_("stories per page"), default=12)

    content_panels = RegioBasePage.content_panels + [FieldPanel("per_page")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.InterviewPage"]

    class Meta:
        verbose_name = _("story index")

    def stories(self):
        """Live, public stories and interviews of this index, newest first."""
        return StoryPage.objects.child_of(self).visible().order_by("-publication_date", "-pk")

    def listing(self, request):
        from stories.listing import StoryListing

        return StoryListing(self, request.GET)

    @path("")
    def index(self, request):
        listing = self.listing(request)
        return self.render(request, context_overrides={"listing": listing, "results": listing.page()})

    @path("feed/", name="feed")
    def feed(self, request):
        from stories.feeds import story_feed

        return story_feed(self, request, self.listing(request))


class StoryPage(RegioBasePage):
    """A story about the region: who lives, learns and works here, and why."""

    author = models.CharField(_("author"), max_length=120, blank=True)
    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown on the story and used to order the listing."),
    )
    reading_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)
    target_groups = ParentalManyToManyField(
        "home.TargetGroup",
        limit_choices_to=canonical_choices,
        verbose_name=_("target groups"),
        blank=True,
        related_name="stories",
    )
    themes = ParentalManyToManyField(
        "home.Theme", limit_choices_to=canonical_choices, verbose_name=_("themes"), blank=True, related_name="stories"
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        limit_choices_to=canonical_choices,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    tags = ClusterTaggableManager(through=StoryPageTag, blank=True, verbose_name=_("tags"))
    ambassador = models.ForeignKey(
        "ambassadors.Ambassador",
        verbose_name=_("ambassador"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        help_text=_("The ambassador who made this; the story appears on their profile."),
    )
    body = StreamField(StoryBodyBlock(), blank=True, verbose_name=_("story"))

    # Translations refer to the same (Dutch) vocabulary as the original: see home/models/translatable.py.
    override_translatable_fields = [SynchronizedField("municipality")]
    # The partner API (partners/api.py); interviews add nothing about the interviewee.
    api_fields = [
        APIField("introduction"),
        APIField("publication_date"),
        APIField("author"),
        APIField("target_groups", serializer=api.slugs()),
        APIField("themes", serializer=api.slugs()),
        APIField("municipality", serializer=api.slug()),
        APIField("image", serializer=api.picture()),
        APIField("body"),
    ]
    base_form_class = StoryPageForm
    content_panels = RegioBasePage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author"), FieldPanel("publication_date")]),
                FieldPanel("ambassador", permission="ambassadors.change_ambassador"),
                FieldPanel("target_groups"),
                FieldPanel("themes"),
                FieldPanel("municipality"),
                FieldPanel("tags"),
            ],
            heading=_("About this story"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def save(self, *args, **kwargs):
        self.reading_minutes = self.compute_reading_minutes()
        super().save(*args, **kwargs)

    def full_clean(self, *args, **kwargs):
        self.reading_minutes = self.compute_reading_minutes()
        super().full_clean(*args, **kwargs)

    def compute_reading_minutes(self):
        words = len(re.findall(r"\w+", f"{self.title} {self.introduction} {body_text(self.body.raw_data)}"))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def related_stories(self, limit=3):
        """Up to three other live stories that share a target group or a theme."""
        through_groups = StoryPage.target_groups.through.objects.filter(storypage_id=self.pk)
        through_themes = StoryPage.themes.through.objects.filter(storypage_id=self.pk)
        return (
            StoryPage.objects.visible()
            .for_cards()
            .exclude(pk=self.pk)
            .filter(
                Q(target_groups__in=through_groups.values("targetgroup_id"))
                | Q(themes__in=through_themes.values("theme_id"))
            )
            .distinct()
            .order_by("-publication_date", "-pk")
            .select_related("municipality")[:limit]
        )

    @property
    def index_url(self):
        """URL of the story index this story sits in, without a query."""
        url = self.url or ""
        return url[: -len(self.slug) - 1] if url.endswith(f"{self.slug}/") else url

    def matching_careers(self, limit=3):
        """Open careers in this story's themes or for its target groups: what a reader can do next."""
        from careers.models import CareerPage

        themes = StoryPage.themes.through.objects.filter(storypage_id=self.pk).values("theme_id")
        groups = StoryPage.target_groups.through.objects.filter(storypage_id=self.pk).values("targetgroup_id")
        careers = CareerPage.objects.open().filter(Q(sector_id__in=themes) | Q(target_groups__in=groups)).distinct()
        return (
            careers.for_cards().select_related("sector", "organisation__logo").order_by("-date_posted", "-pk")[:limit]
        )

    def matching_events(self, limit=2):
        """Upcoming events in this story's themes or for its target groups."""
        from events.models import EventPage

        themes = StoryPage.themes.through.objects.filter(storypage_id=self.pk).values("theme_id")
        groups = StoryPage.target_groups.through.objects.filter(storypage_id=self.pk).values("targetgroup_id")
        events = EventPage.objects.visible().upcoming().filter(Q(themes__in=themes) | Q(target_groups__in=groups))
        return events.distinct().for_cards().select_related("series")[:limit]

    def ambassador_profile_url(self):
        """The public profile of this story's ambassador, if they are active and the site has an index."""
        from ambassadors.models import AmbassadorIndexPage

        if not self.ambassador_id or not self.ambassador.is_active():
            return None
        index = AmbassadorIndexPage.objects.live().public().first()
        return index.profile_url(self.ambassador) if index else None

    @property
    def kind(self):
        """'interview' or 'verhaal' (the filter value), also on a non-specific instance."""
        from stories.models.interviews import InterviewPage  # a subclass of StoryPage: its own module

        interview_type = ContentType.objects.get_for_model(InterviewPage, for_concrete_model=True)
        return "interview" if self.content_type_id == interview_type.pk else "verhaal"

    @property
    def search_label(self):
        return self.kind_label

    @property
    def kind_label(self):
        return _("Interview") if self.kind == "interview" else _("Story")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ambassador_url"] = self.ambassador_profile_url()
        context["article_json_ld"] = article_json_ld(self, request, context["ambassador_url"])
        return context


def body_text(raw):
    """All the words in a StreamField's raw data, without markup."""
    if isinstance(raw, str):
        return strip_tags(raw)
    if isinstance(raw, Mapping):
        return " ".join(body_text(v) for k, v in raw.items() if k not in ("type", "id"))
    if isinstance(raw, Sequence):
        return " ".join(body_text(item) for item in raw)
    return ""
