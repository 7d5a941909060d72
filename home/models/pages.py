from rest_framework.serializers import PrimaryKeyRelatedField

from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home import api_fields as api
from home import sections
from home.blocks import BodyStreamBlock

from .facts import CoreMessage, Fact
from .mixins import RegioBasePage
from .translatable import canonical_choices
from .vocabulary import TargetGroup

FACT_RELATED = ("theme",)


class HomePage(RoutablePageMixin, RegioBasePage):
    """The campaign's front door: hero, core messages and a switcher per target group."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        blank=True,
        help_text=_("The big line over the hero image. Falls back to the page title."),
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero button page"),
    )
    hero_link_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    core_messages_heading = models.CharField(
        _("core messages heading"),
        max_length=120,
        default="Waar wij voor staan",
    )
    region_story = models.ForeignKey(
        "home.RegionStoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("region story"),
        help_text=_("The core messages link to their backing facts on this page."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("sections"))

    content_panels = RegioBasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), PageChooserPanel("hero_link"), FieldPanel("hero_link_label")],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("core_messages_heading"), PageChooserPanel("region_story", "home.RegionStoryPage")],
            heading=_("Core messages"),
            help_text=_("The messages themselves are edited under Snippets › Core messages."),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.RegionStoryPage",
        "home.FactsPosterPage",
        "stories.StoryIndexPage",
        "careers.CareerIndexPage",
        "events.EventIndexPage",
        "ambassadors.AmbassadorIndexPage",
        "analytics.SurveyPage",
        "partners.PressKitPage",
        "home.ContentPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def page_cache_seconds(self, request):
        """The home page lists the next events, which end during the day: a cached copy lives a minute."""
        return 60

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            core_messages=CoreMessage.objects.canonical(),
            target_groups=TargetGroup.objects.canonical(),
        )
        if "sections" not in context:
            context["sections"] = sections.render_context(request, self)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("voor/<slug:slug>/", name="target_group")
    def for_target_group(self, request, slug):
        """The home page for one target group: a plain, shareable link per group."""
        group = get_object_or_404(TargetGroup.objects.canonical(), slug=slug)
        facts = Fact.objects.canonical().for_target_group(group).select_related(*FACT_RELATED)[:6]
        return self.render(
            request,
            context_overrides={
                "active_group": group,
                "group_facts": facts,
                "sections": sections.render_context(request, self, group),
            },
        )


def goal_reached(goal):
    """Tell the ``regio_goal_reached`` hooks (reach and impact counts them) that a goal was reached."""
    for func in hooks.get_hooks("regio_goal_reached"):
        func(goal)


class RegionStoryPage(RegioBasePage):
    """The region's identity, its 'DNA', with the facts that back each core message."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("story"))
    show_core_messages = models.BooleanField(
        _("show core messages"),
        default=True,
        help_text=_("Show the core messages with their backing facts below the story."),
    )

    content_panels = RegioBasePage.content_panels + [FieldPanel("body"), FieldPanel("show_core_messages")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.FactsPosterPage"]

    class Meta:
        verbose_name = _("region story")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.show_core_messages:
            context["core_messages"] = self.core_messages()
        return context

    def core_messages(self):
        return CoreMessage.objects.canonical().prefetch_related(
            models.Prefetch("facts", queryset=Fact.objects.select_related(*FACT_RELATED))
        )


class FactsPosterPage(RoutablePageMixin, RegioBasePage):
    """An infographic of chosen facts: a web page, a print PDF and a share image."""

    POSTER_SIZES = ("a4", "a3")

    call_to_action = models.CharField(
        _("call to action"),
        max_length=160,
        blank=True,
        help_text=_("Printed at the foot of the poster, e.g. 'Ontdek meer op midden-limburg.nl'."),
    )

    api_fields = [  # the partner API (partners/api.py); the facts themselves are at /api/v2/facts/
        APIField("introduction"),
        APIField("facts", serializer=PrimaryKeyRelatedField(many=True, read_only=True)),
        APIField("image", serializer=api.picture()),
    ]
    content_panels = RegioBasePage.content_panels + [
        InlinePanel("poster_facts", heading=_("Facts on the poster"), label=_("fact"), min_num=1, max_num=24),
        FieldPanel("call_to_action"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "home.RegionStoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("facts poster")

    def file_urls(self):
        """Public URLs of the page's files, from its routes (served without the routes' trailing slash)."""

        def url(route, **kwargs):
            return self.url + self.reverse_subpage(route, kwargs=kwargs).rstrip("/")

        return {"pdf": url("poster_pdf"), "pdf_a3": url("poster_pdf", size="a3"), "png": url("share_png")}

    def facts(self):
        """The poster's facts in editor order, fetched in one query."""
        return [item.fact for item in self.poster_facts.select_related("fact", "fact__theme") if item.fact]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["facts"] = self.facts()
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @re_path(r"^poster(?:-(?P<size>a3|a4))?\.pdf/$", name="poster_pdf")
    def poster_pdf(self, request, size="a4"):
        from home.poster import render_poster_pdf

        if size not in self.POSTER_SIZES:
            raise Http404
        pdf = render_poster_pdf(self, request, size or "a4")
        goal_reached("poster")
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{self.slug}-{size or "a4"}.pdf"'
        return response

    @path("share.png/", name="share_png")
    def share_png(self, request):
        from home.poster import render_share_png

        response = HttpResponse(render_share_png(self, request), content_type="image/png")
        response["Cache-Control"] = "public, max-age=300"
        return response


class PosterFact(Orderable):
    page = ParentalKey(FactsPosterPage, on_delete=models.CASCADE, related_name="poster_facts")
    fact = models.ForeignKey(
        Fact, on_delete=models.CASCADE, related_name="+", verbose_name=_("fact"), limit_choices_to=canonical_choices
    )

    panels = [FieldPanel("fact")]

    class Meta(Orderable.Meta):
        verbose_name = _("poster fact")
        verbose_name_plural = _("poster facts")


class ContentPage(RegioBasePage):
    """A plain page of text: the privacy statement, the accessibility statement, an about page."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("text"))
    last_reviewed = models.DateField(
        _("last reviewed"), null=True, blank=True, help_text=_("Shown on the page, e.g. for a privacy statement.")
    )

    content_panels = RegioBasePage.content_panels + [FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = RegioBasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
