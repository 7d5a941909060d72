"""Query helpers shared by the apps' listings."""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def without_view_restrictions(queryset):
    """Exclude pages that sit under a view restriction, in the same query.

    Wagtail's ``.public()`` loads every restriction first (one more query per
    listing); this does the same check as a subquery.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length(F("page__path")))
    )
    return queryset.exclude(Exists(restricted))
