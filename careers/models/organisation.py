from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.translatable import CanonicalQuerySet, SharedTranslatableMixin, canonical_choices
from home.models.vocabulary import AutoSlugMixin


class Organisation(SharedTranslatableMixin, AutoSlugMixin, index.Indexed, models.Model):
    """An employer, school or other organisation that offers careers and events.

    Its description is translatable; name, logo, sector, municipality and website are shared."""

    slug_source = "name"

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160, blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    sector = models.ForeignKey(
        "home.Theme",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        limit_choices_to=canonical_choices,
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        limit_choices_to=canonical_choices,
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("short description"),
        max_length=400,
        blank=True,
        help_text=_("Two sentences about what the organisation does, shown with its careers."),
    )

    objects = CanonicalQuerySet.as_manager()
    synced_fields = ("name", "slug", "logo", "sector", "municipality", "website")
    translatable_fields = [
        TranslatableField("description"),
        *(SynchronizedField(name, overridable=False) for name in synced_fields),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("municipality")]),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("description")]

    class Meta(SharedTranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="careers_organisation_unique_name"),
            models.UniqueConstraint(fields=["locale", "slug"], name="careers_organisation_unique_slug"),
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
