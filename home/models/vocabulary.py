"""The shared vocabulary every Regio feature uses: target groups, themes,
municipalities, facts and the region's core messages."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.translatable import CanonicalQuerySet, SharedContentForm, SharedTranslatableMixin, canonical_choices
from home.postcodes import postcode_number


class AutoSlugMixin:
    """Fills an empty ``slug`` from ``slug_source`` on save."""

    slug_source = "name"

    def save(self, *args, **kwargs):
        if not self.slug:
            max_length = self._meta.get_field("slug").max_length
            self.slug = slugify(getattr(self, self.slug_source))[:max_length]
        super().save(*args, **kwargs)


class SluggedVocabulary(SharedTranslatableMixin, AutoSlugMixin, models.Model):
    """A named term with a URL slug and an editor-controlled order, translatable; slug and order are shared."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Used in web addresses, e.g. /voor/scholieren/. Filled in from the name if left empty."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are shown first."))

    objects = CanonicalQuerySet.as_manager()
    synced_fields = ("slug", "sort_order")

    class Meta(SharedTranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="%(app_label)s_%(class)s_unique_name"),
            models.UniqueConstraint(fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.name


class TargetGroup(index.Indexed, SluggedVocabulary):
    """A group the region speaks to, e.g. pupils and students or job seekers."""

    switcher_label = models.CharField(
        _("switcher label"),
        max_length=60,
        help_text=_("Completes 'Ik ben …' on the home page, e.g. 'scholier of student'."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown when a visitor picks this group."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("switcher_label"),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("switcher_label"),
        TranslatableField("intro"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(SluggedVocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Theme(index.Indexed, SluggedVocabulary):
    """A theme or economic sector, e.g. chemistry and materials or logistics."""

    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(SluggedVocabulary.Meta):
        verbose_name = _("theme or sector")
        verbose_name_plural = _("themes and sectors")


class Reason(SluggedVocabulary):
    """Why people come to, stay in, leave or return to the region (e.g. work, housing)."""

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")])]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(SluggedVocabulary.Meta):
        verbose_name = _("reason")
        verbose_name_plural = _("reasons")


CURRENCY_SYMBOLS = ("€", "$", "£")


class MunicipalityQuerySet(CanonicalQuerySet):
    def for_postcode(self, postcode):
        """The municipalities whose postcode ranges contain this Dutch postcode."""
        number = postcode_number(postcode)
        if number is None:
            return self.none()
        return self.canonical().filter(postcode_ranges__start__lte=number, postcode_ranges__end__gte=number).distinct()


class Municipality(SharedTranslatableMixin, AutoSlugMixin, index.Indexed, ClusterableModel):
    """A municipality of the region; its postcode ranges tell inside from outside.

    The name is translatable (display names such as 'Maastricht' rarely differ, but may);
    the postcode ranges belong to the Dutch original."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, blank=True)
    description = models.TextField(_("description"), blank=True)

    objects = MunicipalityQuerySet.as_manager()
    synced_fields = ("slug",)
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("postcode_ranges", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        InlinePanel("postcode_ranges", heading=_("Postcode ranges"), label=_("range"), min_num=1),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(SharedTranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="home_municipality_unique_name"),
            models.UniqueConstraint(fields=["locale", "slug"], name="home_municipality_unique_slug"),
        ]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    @property
    def postcode_summary(self):
        return ", ".join(str(r) for r in self.postcode_ranges.all())


class PostcodeRange(Orderable):
    municipality = ParentalKey(Municipality, on_delete=models.CASCADE, related_name="postcode_ranges")
    start = models.PositiveSmallIntegerField(
        _("from"),
        validators=[MinValueValidator(1000), MaxValueValidator(9999)],
        help_text=_("First four digits, e.g. 6041."),
    )
    end = models.PositiveSmallIntegerField(
        _("to"),
        validators=[MinValueValidator(1000), MaxValueValidator(9999)],
        help_text=_("Last four digits, inclusive, e.g. 6047."),
    )

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("postcode range")
        verbose_name_plural = _("postcode ranges")

    def __str__(self):
        return f"{self.start}–{self.end}"

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The range must end at or after where it starts.")})


class FactForm(SharedContentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source_name"].error_messages["required"] = _(
            "A fact needs a source: name the organisation or report it comes from."
        )
        self.fields["reference_year"].error_messages["required"] = _("Give the year the figure refers to.")


class FactQuerySet(CanonicalQuerySet):
    def due_for_review(self, on=None):
        """Facts whose review date has passed (or is today)."""
        on = on or timezone.localdate()
        return self.filter(review_by__lte=on)

    def for_target_group(self, target_group):
        return self.filter(target_groups=target_group)


class Fact(SharedTranslatableMixin, index.Indexed, models.Model):
    """One sourced figure about the region, reused everywhere by reference.

    Label, unit and context are translated; the value, the source, the year and the
    review date are the Dutch original's in every language (``synced_fields``)."""

    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        help_text=_("The number itself, e.g. 40000 or 2.5."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=40,
        blank=True,
        help_text=_("Shown after the value, e.g. '%', 'fte' or 'km'."),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        help_text=_("What the figure says, e.g. 'workers commute out of the region every day'."),
    )
    context = models.TextField(_("context"), blank=True, help_text=_("Optional explanation shown with the sources."))
    source_name = models.CharField(
        _("source"),
        max_length=200,
        help_text=_("Organisation or report the figure comes from, e.g. 'CBS, Statline'."),
    )
    source_url = models.URLField(_("source URL"), blank=True, max_length=500)
    reference_year = models.PositiveSmallIntegerField(
        _("reference year"),
        validators=[MinValueValidator(1900)],
        help_text=_("The year the figure refers to."),
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="facts",
        limit_choices_to=canonical_choices,
    )
    target_groups = models.ManyToManyField(
        TargetGroup,
        verbose_name=_("target groups"),
        blank=True,
        related_name="facts",
        limit_choices_to=canonical_choices,
    )
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("When an editor should check this figure again. Overdue facts are listed in the admin."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FactQuerySet.as_manager()
    base_form_class = FactForm
    synced_fields = ("value", "source_name", "source_url", "reference_year", "review_by", "theme")
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("unit"),
        TranslatableField("context"),
        *(SynchronizedField(name, overridable=False) for name in synced_fields),
    ]

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label"), FieldPanel("context")],
            heading=_("Figure"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source_name"),
                FieldPanel("source_url"),
                FieldRowPanel([FieldPanel("reference_year"), FieldPanel("review_by")]),
            ],
            heading=_("Source"),
        ),
        MultiFieldPanel([FieldPanel("theme"), FieldPanel("target_groups")], heading=_("Classification")),
    ]
    search_fields = [
        index.SearchField("label"),
        index.AutocompleteField("label"),
        index.SearchField("source_name"),
        index.SearchField("context"),
        index.FilterField("theme"),
    ]

    class Meta(SharedTranslatableMixin.Meta):
        ordering = ["label"]
        verbose_name = _("fact")
        verbose_name_plural = _("facts")

    def __str__(self):
        return f"{self.display_value} {self.label}".strip()

    def clean(self):
        super().clean()
        if self.reference_year and self.reference_year > timezone.localdate().year:
            raise ValidationError({"reference_year": _("The reference year cannot be in the future.")})

    @property
    def display_value(self):
        """The value in Dutch notation with its unit: '40.000', '2,5 %', '17.000 fte'."""
        value = Decimal(self.value)
        decimals = 0 if value == value.to_integral_value() else max(0, -value.normalize().as_tuple().exponent)
        number = number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
        if not self.unit:
            return number
        if self.unit in CURRENCY_SYMBOLS:
            return f"{self.unit}\u00a0{number}"
        separator = "" if self.unit in ("%", "×", "x") else "\u00a0"
        return f"{number}{separator}{self.unit}"

    @property
    def is_due_for_review(self):
        return bool(self.review_by and self.review_by <= timezone.localdate())

    @property
    def source_label(self):
        return f"{self.source_name} ({self.reference_year})"


class CoreMessage(SharedTranslatableMixin, AutoSlugMixin, ClusterableModel):
    """One of the region's core messages, backed by the facts that prove it.

    Title and summary are translated; the facts and the order are the Dutch original's."""

    slug_source = "title"

    title = models.CharField(_("title"), max_length=120, help_text=_("E.g. 'Innovatieve economie'."))
    slug = models.SlugField(_("slug"), max_length=120, blank=True)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences that tell the message."))
    facts = ParentalManyToManyField(
        Fact,
        verbose_name=_("backing facts"),
        blank=True,
        related_name="core_messages",
        limit_choices_to=canonical_choices,
        help_text=_("The facts that back this message; the region story shows them next to it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = CanonicalQuerySet.as_manager()
    synced_fields = ("slug", "sort_order")
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("facts"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]),
    ]

    class Meta(SharedTranslatableMixin.Meta):
        ordering = ["sort_order", "title"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="home_coremessage_unique_slug")]
        verbose_name = _("core message")
        verbose_name_plural = _("core messages")

    def __str__(self):
        return self.title
