"""Query helpers shared by the apps' listings."""

import re

from django.db.models import Prefetch
from wagtail.models import PageViewRestriction


def without_view_restrictions(queryset):
    """Exclude pages that sit under a view restriction (password, login or group).

    Restrictions are few, so their paths are read once and cached under the
    content version (saving a restriction bumps it); a listing then needs no
    extra query and no per-row subquery, which planners handle badly on large
    tables.
    """
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def restricted_paths():
    from home.caching import cache_seconds, remember

    return remember(
        ("restricted-paths",),
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
        cache_seconds(),
    )


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
