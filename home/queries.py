"""Query helpers shared by the apps' listings."""

import re

from django.db.models import Prefetch
from django.utils import timezone

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


def hidden_page_ids(today=None):
    """Ids of live pages that must not be shown today, from every ``regio_hidden_pages`` hook.

    A hook takes the date and returns page ids (e.g. interviews whose consent has
    ended). The set is small and cached per content version and day.
    """
    from wagtail import hooks

    from home.caching import cache_seconds, remember

    today = today or timezone.localdate()

    def build():
        hidden = set()
        for hook in hooks.get_hooks("regio_hidden_pages"):
            hidden.update(hook(today))
        return hidden

    return remember(("hidden-pages", today.isoformat()), build, cache_seconds())


def visible(queryset, today=None):
    """Only what the public may see: live, without a view restriction, and not hidden by an app."""
    queryset = without_view_restrictions(queryset.live())
    hidden = hidden_page_ids(today)
    return queryset.exclude(pk__in=hidden) if hidden else queryset


def is_visible(page, today=None):
    """The same rule for one chosen page (a call to action, a related page, a hero link)."""
    if page is None or not page.live:
        return False
    if any(page.path.startswith(path) for path in restricted_paths()):
        return False
    return page.pk not in hidden_page_ids(today)


CARD_IMAGE_SPEC = "fill-640x400|format-webp"


def with_card_images(queryset, fields=("hero_image", "listing_image"), spec=CARD_IMAGE_SPEC):
    """Join the card images and prefetch only the rendition the cards show (one query per field)."""
    from wagtail.images import get_image_model

    Rendition = get_image_model().get_rendition_model()
    return queryset.select_related(*fields).prefetch_related(
        *(Prefetch(f"{field}__renditions", queryset=Rendition.objects.filter(filter_spec=spec)) for field in fields)
    )


def searchable(pages):
    """Pages site search may show: without what ``regio_hidden_from_search`` hooks leave out
    (querysets of page ids, e.g. careers past their closing date) and without hidden pages."""
    from wagtail import hooks

    for func in hooks.get_hooks("regio_hidden_from_search"):
        pages = pages.exclude(id__in=func())
    hidden = hidden_page_ids()
    return pages.exclude(id__in=hidden) if hidden else pages


def clean_text(value, max_length=100):
    """A visitor's free text without control characters (NUL breaks PostgreSQL), trimmed and capped."""
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch == " ")
    return text.strip()[:max_length]


def search_words(text, max_length=200):
    """The words of a visitor's search, without characters that are query syntax to a search backend."""
    return " ".join(re.sub(r"[^\w\s-]", " ", text or "").split())[:max_length].strip()
