from django.conf import settings
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from careers.blocks import EducationRoutesBlock
from careers.choices import EducationLevel
from home.caching import cache_seconds, remember
from home.languages import default_locale_id
from home.models.mixins import RegioBasePage
from home.models.translatable import canonical_choices
from home.queries import whole_number
from stories.models import StoryPage

PATHWAY_CAREERS = 6
PATHWAY_STORIES = 3


class CareerIndexPage(RoutablePageMixin, RegioBasePage):
    """'Werken en leren': search and filter every open career, and save the search as a job alert."""

    per_page = models.PositiveSmallIntegerField(_("careers per page"), default=12)
    alert_intro = models.CharField(
        _("job alert text"),
        max_length=250,
        blank=True,
        default=(
            "Ontvang elke week een e-mail met nieuwe vacatures, stages en opleidingen die passen bij deze zoekopdracht."
        ),
    )

    content_panels = RegioBasePage.content_panels + [FieldPanel("per_page"), FieldPanel("alert_intro")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["careers.CareerPage", "careers.CareerPathwayPage"]

    class Meta:
        verbose_name = _("career index")

    def search(self, request):
        from careers.search import CareerSearch

        return CareerSearch(self, request.GET)

    def career_source(self):
        """The index whose careers this one lists.

        Careers are published once, in Dutch: a translated career index (/en/, /de/) lists the
        careers of its Dutch original, and suggests the "English-friendly" filter to its visitors."""
        if self.locale_id == default_locale_id():
            return self

        def find():
            return self.get_translations().filter(locale_id=default_locale_id()).specific().first()

        return remember(("career-source", self.pk), find) or self

    def pathways(self):
        """The live pathways under this index (of its Dutch original, see ``career_source``), cached under
        the content version. (On a large index the tree query is slow.)"""
        return remember(
            ("career-pathways", self.pk),
            lambda: list(
                CareerPathwayPage.objects.child_of(self.career_source()).live().public().select_related("sector")
            ),
            cache_seconds(),
        )

    def english_friendly_suggestion(self, search):
        """For English and German visitors: the address of this search with "English-friendly" on (else None)."""
        if get_language() == settings.LANGUAGE_CODE or search.selected.get("engels"):
            return None
        return search.url_with(toggle=("engels", "ja"))

    @path("")
    def index(self, request):
        from careers.alerts import AlertForm

        search = self.search(request)
        page_number = str(whole_number(request.GET.get("pagina")) or 1)
        return self.render(
            request,
            context_overrides={
                "search": search,
                # Worked out only when the cached listing fragment is missing (career_index_page.html).
                "results": SimpleLazyObject(lambda: search.page(page_number)),
                "page_key": f"{search.cache_key}:{page_number}",
                "alert_form": AlertForm(initial={"search": search.url_with().lstrip("?")}),
                "english_friendly_url": self.english_friendly_suggestion(search),
            },
        )

    @path("alert/verstuurd/", name="alert_sent")
    def alert_sent(self, request):
        from careers.alerts import sent

        return sent(self, request)

    @path("alert/", name="alert")
    def alert(self, request):
        from careers.alerts import subscribe

        return subscribe(self, request)


class CareerPathwayPage(RegioBasePage):
    """For pupils: per sector, the education routes in the region and the careers they lead to."""

    sector = models.ForeignKey(
        "home.Theme",
        limit_choices_to=canonical_choices,
        verbose_name=_("sector"),
        on_delete=models.PROTECT,
        related_name="pathways",
    )
    routes = StreamField(
        EducationRoutesBlock(),
        blank=True,
        verbose_name=_("education routes"),
        help_text=_("The mbo, hbo and wo programmes in the region that lead to work in this sector."),
    )

    # Translations refer to the same (Dutch) shared content as the original (home/models/translatable.py).
    override_translatable_fields = [SynchronizedField("sector")]
    content_panels = RegioBasePage.content_panels + [FieldPanel("sector"), FieldPanel("routes")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("routes")]

    parent_page_types = ["careers.CareerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("career pathway")
        verbose_name_plural = _("career pathways")

    def routes_by_level(self):
        """The routes grouped by education level, from vmbo up to wo."""
        order = {level: position for position, level in enumerate(EducationLevel.values)}
        groups = {}
        for block in self.routes:
            groups.setdefault(block.value["level"], []).append(block)
        return [
            (EducationLevel(level).label, groups[level])
            for level in sorted(groups, key=lambda level: order.get(level, len(order)))
        ]

    def open_careers(self):
        from careers.models.career import CareerPage

        careers = CareerPage.objects.child_of(self.get_parent()).open().filter(sector_id=self.sector_id)
        return careers.for_cards().order_by("-date_posted", "-pk")

    def related_stories(self):
        stories = StoryPage.objects.filter(themes=self.sector_id).visible()
        return stories.for_cards().order_by("-publication_date", "-pk").select_related("municipality")[:PATHWAY_STORIES]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        careers = self.open_careers()
        context["careers"] = careers[:PATHWAY_CAREERS]
        context["career_count"] = careers.count  # counted only when the cached section is rendered
        return context
