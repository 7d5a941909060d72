"""Query helpers shared by the apps' listings."""

import re

from django.db.models import Prefetch, Q
from django.utils import timezone

from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from home.caching import cache_seconds, remember


class RegioPageQuerySet(PageQuerySet):
    """Wagtail's PageQuerySet with the site's domain filters; page models build their manager from it."""

    def private_q(self):
        # Wagtail's rule (a restricted page and everything under it), with the restricted paths read
        # once per content version from the cache instead of once per query.
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])

    def visible(self, today=None):
        """Only what the public may see today: live, public, and not hidden by an app's hook."""
        queryset = self.live().public()
        hidden = hidden_page_ids(today)
        return queryset.exclude(pk__in=hidden) if hidden else queryset

    def for_cards(self, fields=("hero_image", "listing_image"), spec=None):
        """Join the card images and prefetch only the rendition the cards show (one query per field)."""
        return with_card_images(self, fields, spec or CARD_IMAGE_SPEC)


RegioPageManager = PageManager.from_queryset(RegioPageQuerySet)


def restricted_paths():
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
    today = today or timezone.localdate()

    def build():
        hidden = set()
        for hook in hooks.get_hooks("regio_hidden_pages"):
            hidden.update(hook(today))
        return hidden

    return remember(("hidden-pages", today.isoformat()), build, cache_seconds())


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
    Rendition = get_image_model().get_rendition_model()
    return queryset.select_related(*fields).prefetch_related(
        *(Prefetch(f"{field}__renditions", queryset=Rendition.objects.filter(filter_spec=spec)) for field in fields)
    )


def searchable(pages):
    """Pages site search may show: without what ``regio_hidden_from_search`` hooks leave out
    (querysets of page ids, e.g. careers past their closing date) and without hidden pages."""
    for func in hooks.get_hooks("regio_hidden_from_search"):
        pages = pages.exclude(id__in=func())
    hidden = hidden_page_ids()
    return pages.exclude(id__in=hidden) if hidden else pages


def clean_text(value, max_length=100):
    """A visitor's free text without control characters (NUL breaks PostgreSQL), trimmed and capped."""
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch == " ")
    return text.strip()[:max_length]


def whole_number(value, maximum=99_999):
    """A visitor's whole number from 0 to ``maximum``, or None. ASCII digits only: ``str.isdigit()`` also
    accepts "²" and other digits that ``int()`` refuses."""
    value = str(value or "")
    if value.isascii() and value.isdigit() and len(value) <= len(str(maximum)) and int(value) <= maximum:
        return int(value)
    return None


def search_words(text, max_length=200):
    """The words of a visitor's search, without characters that are query syntax to a search backend."""
    return " ".join(re.sub(r"[^\w\s-]", " ", text or "").split())[:max_length].strip()
