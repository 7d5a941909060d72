"""Sourced facts about the region and the core messages they back."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.translatable import CanonicalQuerySet, SharedContentForm, SharedTranslatableMixin, canonical_choices
from home.models.vocabulary import AutoSlugMixin, TargetGroup, Theme

CURRENCY_SYMBOLS = ("€", "$", "£")


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
