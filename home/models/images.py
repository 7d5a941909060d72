from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class RegioImage(AbstractImage):
    """The site's image model: every image carries alt text and a credit."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown with the image, e.g. 'Foto: Jan Janssen'."),
    )

    api_fields = [  # the partner API: a web-sized rendition, never the original file
        APIField("rendition", serializer=ImageRenditionField("max-1600x1600|format-webp", source="*")),
    ]
    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def alt_text(self):
        return self.description or self.title


class RegioRendition(AbstractRendition):
    image = models.ForeignKey(RegioImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
