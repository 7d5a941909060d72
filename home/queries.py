"""Query helpers shared by the apps' listings."""

import re

from django.db.models import Exists, F, OuterRef, Prefetch
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



CARD_IMAGE_SPEC = "fill-640x400|format-webp"


def with_card_images(queryset, fields=("hero_image", "listing_image"), spec=CARD_IMAGE_SPEC):
    """Join the card images and prefetch only the rendition the cards show (one query per field)."""
    from wagtail.images import get_image_model

    Rendition = get_image_model().get_rendition_model()
    return queryset.select_related(*fields).prefetch_related(
        *(Prefetch(f"{field}__renditions", queryset=Rendition.objects.filter(filter_spec=spec)) for field in fields)
    )


# Querysets of page ids that site search leaves out (e.g. careers past their closing date).
_hidden_from_search = []


def hide_from_search(func):
    if func not in _hidden_from_search:
        _hidden_from_search.append(func)
    return func


def searchable(pages):
    for func in _hidden_from_search:
        pages = pages.exclude(id__in=func())
    return pages


def search_words(text, max_length=200):
    """The words of a visitor's search, without characters that are query syntax to a search backend."""
    return " ".join(re.sub(r"[^\w\s-]", " ", text or "").split())[:max_length].strip()
