"""Which careers are open, and how their cards are fetched."""

from django.db.models import Prefetch
from django.utils import timezone

from home.queries import without_view_restrictions

LOGO_SPEC = "max-160x80|format-webp"


def open_careers(parent=None, today=None):
    """Live, public careers whose closing date has not passed (under ``parent`` if given)."""
    from careers.models import CareerPage

    careers = CareerPage.objects.live().filter(valid_through__gte=today or timezone.localdate())
    if parent is not None:
        careers = careers.child_of(parent)
    return without_view_restrictions(careers)


def expired_career_ids():
    """Primary keys of careers past their closing date, which site search leaves out."""
    from careers.models import CareerPage

    return CareerPage.objects.filter(valid_through__lt=timezone.localdate()).values("pk")


def with_card_relations(queryset):
    """What a career card shows, in two queries: the row with its relations, and the logo renditions."""
    from wagtail.images import get_image_model

    Rendition = get_image_model().get_rendition_model()
    return queryset.select_related("organisation__logo", "municipality", "sector").prefetch_related(
        Prefetch("organisation__logo__renditions", queryset=Rendition.objects.filter(filter_spec=LOGO_SPEC))
    )
