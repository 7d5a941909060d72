"""The shared vocabulary every Regio feature uses: target groups, themes, reasons and
municipalities (facts and core messages are in ``facts.py``)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.translatable import CanonicalQuerySet, SharedTranslatableMixin
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
