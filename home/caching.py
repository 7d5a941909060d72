"""One content version for all of Regio's cached fragments.

Menus, site settings and rendered page sections are cached under keys that
include the content version. Publishing, unpublishing, moving or deleting a
page, or saving any shared content (facts, vocabulary, settings, images) bumps
the version, so every cached fragment is renewed at once. With a shared cache
(Redis, via REDIS_URL) that holds for all worker processes; with the per-process
memory cache, other workers follow within REGIO_CACHE_SECONDS_LOCAL.
"""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "regio:content-version"

# Models whose changes show on public pages; other apps add theirs with watch().
WATCHED = {
    "home.Fact",
    "home.CoreMessage",
    "home.TargetGroup",
    "home.Theme",
    "home.Municipality",
    "home.PostcodeRange",
    "home.Reason",
    "home.RegioSettings",
    "wagtailcore.PageViewRestriction",
    settings.WAGTAILIMAGES_IMAGE_MODEL,
}


def cache_seconds():
    """How long a fragment may live: long with a shared cache, short without one."""
    return settings.REGIO_CACHE_SECONDS


def fragment_cache_seconds():
    """Lifetime of rendered page sections and listing data; 0 renders every request in full."""
    return settings.REGIO_FRAGMENT_CACHE_SECONDS


# The version is read once per request (menus, settings and sections all need it).
_request_version = ContextVar("regio_content_version", default=None)


def content_version():
    version = _request_version.get()
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            version = time.time_ns()
            cache.add(VERSION_KEY, version, cache_seconds())
            version = cache.get(VERSION_KEY, version)
        _request_version.set(version)
    return version


_bump_pending = False


def bump_content_version(**kwargs):
    # Always a new value, also when the clock stands still (frozen in tests) or steps back.
    global _bump_pending
    version = max(time.time_ns(), (cache.get(VERSION_KEY) or 0) + 1)
    cache.set(VERSION_KEY, version, cache_seconds())
    _request_version.set(version)
    # During a cache outage the bump only reaches this process's stand-in cache
    # (home/cache.py): repeat it when the shared cache is back.
    _bump_pending = not getattr(cache, "available", True)


def _repeat_pending_bump():
    if _bump_pending:
        bump_content_version()


def _forget_request_version(**kwargs):
    _request_version.set(None)


def remember(parts, build, seconds=None):
    """The cached value under the content version and ``parts``, built (and cached) when missing."""
    key = versioned_key(*parts)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, cache_seconds() if seconds is None else seconds)
    return value


def cache_token():
    """The content version and today's date: every cached fragment renews on a change and at midnight,
    so what depends on the date (past events, closed careers, ended consents) never lingers."""
    return f"{content_version()}.{timezone.localdate().isoformat()}"


def versioned_key(*parts):
    return ":".join(["regio", cache_token(), *map(str, parts)])


def watch(*labels):
    WATCHED.update(labels)


def _on_model_change(sender, **kwargs):
    if sender._meta.label in WATCHED or issubclass(sender, Page):
        bump_content_version()


def connect():
    from home.cache import recovery_callbacks

    if _repeat_pending_bump not in recovery_callbacks:
        recovery_callbacks.append(_repeat_pending_bump)
    request_started.connect(_forget_request_version, dispatch_uid="regio-version-request")
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(bump_content_version, dispatch_uid=f"regio-version-{id(signal)}")
    post_save.connect(_on_model_change, dispatch_uid="regio-version-save", weak=False)
    post_delete.connect(_on_model_change, dispatch_uid="regio-version-delete", weak=False)


def context_processor(request):
    return {
        "content_version": cache_token(),
        "fragment_cache_seconds": fragment_cache_seconds(),
    }


