"""Which careers are open, and how their cards are fetched: the CareerPage queryset."""

from django.db.models import Prefetch
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import PageManager

from home.queries import RegioPageQuerySet

LOGO_SPEC = "max-160x80|format-webp"


class CareerPageQuerySet(RegioPageQuerySet):
    def open(self, today=None):
        """Visible careers whose closing date has not passed."""
        return self.visible(today).filter(valid_through__gte=today or timezone.localdate())

    def closed(self, today=None):
        return self.filter(valid_through__lt=today or timezone.localdate())

    def for_cards(self):
        """What a career card shows, in two queries: the row with its relations, and the logo renditions."""
        Rendition = get_image_model().get_rendition_model()
        return self.select_related("organisation__logo", "municipality", "sector").prefetch_related(
            Prefetch("organisation__logo__renditions", queryset=Rendition.objects.filter(filter_spec=LOGO_SPEC))
        )


CareerPageManager = PageManager.from_queryset(CareerPageQuerySet)
