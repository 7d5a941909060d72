from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from home.queries import RegioPageManager
from home.routing import RestrictionLookupMixin


class ListingMixin(models.Model):
    """How a page appears in listings, cards and when shared."""

    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Used on cards and when the page is shared. Falls back to the hero image."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=250,
        blank=True,
        help_text=_("One sentence for cards and search results. Falls back to the introduction."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("listing_image"), FieldPanel("listing_summary")], heading=_("Listings and sharing"))
    ]

    class Meta:
        abstract = True


class RegioBasePage(RestrictionLookupMixin, ListingMixin, Page):
    """Abstract base of every Regio page: hero image, introduction, listing fields."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown below the title, in large type. Keep it under 50 words.")
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
        help_text=_("A landscape photo of at least 1600 × 900 pixels."),
    )

    objects = RegioPageManager()

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("hero_image")]
    promote_panels = Page.promote_panels + ListingMixin.panels

    class Meta:
        abstract = True

    @property
    def share_image(self):
        return self.listing_image or self.hero_image

    @property
    def summary(self):
        return self.listing_summary or self.search_description or self.introduction
