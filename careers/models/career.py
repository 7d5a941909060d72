import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from careers.blocks import RegionOfferBlock
from careers.choices import HOURS_RANGES, Contract, EducationLevel, Kind, SalaryUnit
from careers.queries import CareerPageManager
from home import api_fields as api
from home.models.mixins import RegioBasePage
from home.models.translatable import canonical_choices
from home.queries import is_visible

DEFAULT_OPEN_DAYS = 60
SIMILAR_COUNT = 3


def default_valid_through():
    return timezone.localdate() + datetime.timedelta(days=DEFAULT_OPEN_DAYS)


class ApplyRedirect(HttpResponseRedirect):
    allowed_schemes = ["http", "https", "mailto"]


class CareerPage(RoutablePageMixin, RegioBasePage):
    """A vacancy, internship, traineeship, work-study place or study route in the region."""

    objects = CareerPageManager()

    organisation = models.ForeignKey(
        "careers.Organisation",
        limit_choices_to=canonical_choices,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="careers",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.VACANCY)
    sector = models.ForeignKey(
        "home.Theme",
        limit_choices_to=canonical_choices,
        verbose_name=_("sector"),
        on_delete=models.PROTECT,
        related_name="careers",
    )
    education_level = models.CharField(_("education level"), max_length=10, choices=EducationLevel.choices)
    hours_min = models.PositiveSmallIntegerField(_("hours per week, from"), null=True, blank=True)
    hours_max = models.PositiveSmallIntegerField(_("hours per week, to"), null=True, blank=True)
    contract = models.CharField(_("contract type"), max_length=20, choices=Contract.choices, default=Contract.PERMANENT)
    municipality = models.ForeignKey(
        "home.Municipality",
        limit_choices_to=canonical_choices,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="careers",
    )
    street_address = models.CharField(_("street and number"), max_length=160, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("place"), max_length=100, blank=True, help_text=_("Falls back to the municipality."))
    salary_min = models.DecimalField(_("salary from"), max_digits=9, decimal_places=2, null=True, blank=True)
    salary_max = models.DecimalField(_("salary to"), max_digits=9, decimal_places=2, null=True, blank=True)
    salary_unit = models.CharField(_("salary per"), max_length=5, choices=SalaryUnit.choices, default=SalaryUnit.MONTH)
    description = RichTextField(_("description"), features=["h3", "bold", "italic", "ol", "ul", "link"])
    requirements = RichTextField(_("what you bring"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    region_offer = StreamField(
        RegionOfferBlock(),
        blank=True,
        verbose_name=_("what the region offers"),
        help_text=_(
            "Facts and stories that show why this is a good place to live and work. "
            "Empty: the facts of the sector are shown."
        ),
    )
    apply_url = models.URLField(
        _("apply web address"),
        blank=True,
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
    )
    apply_email = models.EmailField(_("apply e-mail address"), blank=True)
    date_posted = models.DateField(_("date posted"), default=timezone.localdate)
    valid_through = models.DateField(
        _("open until"),
        default=default_valid_through,
        help_text=_("After this day the career leaves listings, search and the sitemap by itself."),
    )
    english_friendly = models.BooleanField(
        _("English-friendly"), default=False, help_text=_("English is enough to start.")
    )
    target_groups = ParentalManyToManyField(
        "home.TargetGroup",
        limit_choices_to=canonical_choices,
        verbose_name=_("target groups"),
        blank=True,
        related_name="careers",
    )
    featured = models.BooleanField(_("featured"), default=False, help_text=_("Shown on the home page."))
    external_source = models.CharField(_("import source"), max_length=60, blank=True, editable=False)
    external_id = models.CharField(_("import id"), max_length=120, blank=True, editable=False)

    # Translations refer to the same (Dutch) shared content as the original (home/models/translatable.py).
    override_translatable_fields = [
        SynchronizedField("organisation"),
        SynchronizedField("sector"),
        SynchronizedField("municipality"),
    ]
    api_fields = [  # the partner API (partners/api.py)
        APIField("kind"),
        APIField("organisation_name", serializer=api.name_of("organisation.name")),
        APIField("sector", serializer=api.slug()),
        APIField("municipality", serializer=api.slug()),
        APIField("target_groups", serializer=api.slugs()),
        APIField("education_level"),
        APIField("contract"),
        APIField("hours_min"),
        APIField("hours_max"),
        APIField("english_friendly"),
        APIField("date_posted"),
        APIField("valid_through"),
        APIField("introduction"),
        APIField("description"),
    ]
    content_panels = RegioBasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("sector")]),
                FieldRowPanel([FieldPanel("education_level"), FieldPanel("contract")]),
                FieldRowPanel([FieldPanel("hours_min"), FieldPanel("hours_max")]),
                FieldPanel("english_friendly"),
                FieldPanel("target_groups"),
            ],
            heading=_("The career"),
        ),
        FieldPanel("description"),
        FieldPanel("requirements"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
            ],
            heading=_("Where"),
        ),
        FieldRowPanel(
            [FieldPanel("salary_min"), FieldPanel("salary_max"), FieldPanel("salary_unit")],
            heading=_("Salary (optional)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("apply_url"),
                FieldPanel("apply_email"),
                FieldRowPanel([FieldPanel("date_posted"), FieldPanel("valid_through")]),
            ],
            heading=_("Applying"),
            help_text=_("Give a web address or an e-mail address. Clicks on the apply button are counted."),
        ),
        FieldPanel("region_offer"),
        FieldPanel("featured"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("description"),
        index.SearchField("requirements"),
        index.SearchField("city"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("sector", [index.SearchField("name")]),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("valid_through"),
    ]

    parent_page_types = ["careers.CareerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("career")
        verbose_name_plural = _("careers")
        indexes = [models.Index(fields=["valid_through"], name="careers_valid_through_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["external_source", "external_id"],
                condition=~Q(external_id=""),
                name="careers_unique_external_id",
            )
        ]

    def save(self, *args, **kwargs):
        # One number of hours means exactly that many: the filter needs both ends.
        self.hours_min = self.hours_min or self.hours_max
        self.hours_max = self.hours_max or self.hours_min
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.hours_min and self.hours_max and self.hours_min > self.hours_max:
            errors["hours_max"] = _("The hours 'to' must be at least the hours 'from'.")
        if self.hours_max and self.hours_max > 80:
            errors["hours_max"] = _("More than 80 hours a week is not a valid number of hours.")
        if self.salary_min and self.salary_max and self.salary_min > self.salary_max:
            errors["salary_max"] = _("The salary 'to' must be at least the salary 'from'.")
        if self.date_posted and self.valid_through and self.valid_through < self.date_posted:
            errors["valid_through"] = _("'Open until' cannot be before the date posted.")
        if not self.apply_url and not self.apply_email:
            errors["apply_url"] = _("Give a web address or an e-mail address to apply.")
        if errors:
            raise ValidationError(errors)

    # What visitors see

    @property
    def search_label(self):
        """What site search calls it: vacature, stage, leerwerkplek, opleiding …"""
        return self.get_kind_display()

    @property
    def share_image(self):
        """When shared: the career's own image, else the organisation's logo."""
        own = self.listing_image or self.hero_image
        return own or (self.organisation.logo if self.organisation_id else None)

    @property
    def summary(self):
        """Cards, search results and the meta description: the editor's summary, else a sentence from the facts."""
        own = self.listing_summary or self.search_description or self.introduction
        if own:
            return own
        parts = [self.get_kind_display(), self.organisation.name if self.organisation_id else "", self.place]
        return " · ".join(str(part) for part in parts if part)

    @property
    def is_open(self):
        return self.valid_through >= timezone.localdate()

    @property
    def place(self):
        return self.city or (self.municipality.name if self.municipality_id else "")

    @property
    def hours_label(self):
        if self.hours_min and self.hours_max and self.hours_min != self.hours_max:
            return _("%(from)s–%(to)s hours a week") % {"from": self.hours_min, "to": self.hours_max}
        hours = self.hours_max or self.hours_min
        return _("%(hours)s hours a week") % {"hours": hours} if hours else ""

    @property
    def hours_ranges(self):
        """Values of the hours filter that this career matches."""
        low, high = self.hours_min or self.hours_max, self.hours_max or self.hours_min
        if low is None:
            return []
        return [value for value, _label, start, end in HOURS_RANGES if low < end and high >= start]

    @property
    def index_url(self):
        url = self.url or ""
        return url[: -len(self.slug) - 1] if url.endswith(f"{self.slug}/") else url

    def similar_open_careers(self, limit=SIMILAR_COUNT):
        similar = CareerPage.objects.open().exclude(pk=self.pk).filter(Q(sector_id=self.sector_id) | Q(kind=self.kind))
        return similar.for_cards().order_by("-date_posted", "-pk")[:limit]

    def region_offer_items(self):
        """The chosen facts and pages, without pages the public may not see (unpublished, private, hidden)."""
        return [block for block in self.region_offer if block.block_type == "fact" or is_visible(block.value)]

    def region_offer_facts(self):
        """Facts of the sector, when the editors chose nothing for this career."""
        from home.models import Fact

        return Fact.objects.canonical().filter(theme_id=self.sector_id)[:3]

    def get_context(self, request, *args, **kwargs):
        from careers.structured_data import career_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["is_open"] = self.is_open
        if self.is_open:
            context["career_json_ld"] = career_json_ld(self, request)
        else:
            context["similar_careers"] = self.similar_open_careers()
        return context

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open else []

    @path("")
    def career(self, request):
        return self.render(request)

    @path("apply/", name="apply")
    def apply(self, request):
        """Count the click and send the visitor to this career's own apply address, nothing else."""
        from careers.models import ApplyClick

        if not self.is_open or not (self.apply_url or self.apply_email):
            return HttpResponseRedirect(self.url)
        if not getattr(request, "is_preview", False):
            ApplyClick.objects.create(career=self)
        response = ApplyRedirect(self.apply_url or f"mailto:{self.apply_email}")
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
