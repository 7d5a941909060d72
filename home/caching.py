"""One content version for all of Regio's cached fragments.

Menus, site settings and rendered page sections are cached under keys that
include the content version and the date. Only what changes public output bumps
the version: publishing, unpublishing, moving, renaming (slug) or deleting a
page, and saving or deleting shared content: the models each app names through
the ``regio_cache_watched_models`` hook (facts, vocabulary, settings, images,
view restrictions, …). Saving a draft or an autosave does not, so editors can
type while the public site stays cached.

The bump happens at once and again after the transaction commits: a request
that rendered the old content between the two (it could not see the change yet)
cached it under a version that the second bump leaves behind.
"""

import time
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import get_language

from wagtail import hooks
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "regio:content-version"


def watched_models():
    """Labels of models whose saves and deletes change public output (``regio_cache_watched_models`` hooks)."""
    labels = set()
    for hook in hooks.get_hooks("regio_cache_watched_models"):
        labels.update(hook())
    return labels


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
            _local.clear()  # the shared cache was emptied: start this process's copies afresh too
            version = time.time_ns()
            cache.add(VERSION_KEY, version, cache_seconds())
            version = cache.get(VERSION_KEY, version)
        _request_version.set(version)
    return version


_bump_pending = False


def content_changed(**kwargs):
    """Bump now, and once more when the surrounding transaction commits."""
    bump_content_version()
    transaction.on_commit(bump_content_version)
    from home.frontend_cache import purge_everything

    purge_everything()


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


# Values under a versioned key never change (a change makes a new key), so each process also keeps
# the most recent ones itself: a page needs one trip to Redis (the version) instead of one per value.
_local = OrderedDict()
LOCAL_ENTRIES = 256


def remember(parts, build, seconds=None):
    """The cached value under the content version and ``parts``, built (and cached) when missing.

    A build that returns None is not cached (nothing is remembered for it)."""
    key = versioned_key(*parts)
    value = _local.get(key)
    if value is not None:
        _local.move_to_end(key)
        return value
    value = cache.get(key)
    if value is None:
        value = build()
        if value is None:
            return None
        cache.set(key, value, cache_seconds() if seconds is None else seconds)
    _local[key] = value
    while len(_local) > LOCAL_ENTRIES:
        _local.popitem(last=False)
    return value


def cache_token():
    """The content version, today's date and the active language: every cached fragment renews on a
    change and at midnight, so what depends on the date (past events, closed careers, ended consents)
    never lingers, and each language has its own copy."""
    return f"{content_version()}.{timezone.localdate().isoformat()}.{get_language() or settings.LANGUAGE_CODE}"


def versioned_key(*parts):
    return ":".join(["regio", cache_token(), *map(str, parts)])


def _on_model_save(sender, **kwargs):
    if sender._meta.label in _watched():
        content_changed()


def _on_model_delete(sender, **kwargs):
    if sender._meta.label in _watched() or issubclass(sender, Page):
        content_changed()


def _watched():
    global _watched_labels
    if _watched_labels is None:
        _watched_labels = watched_models()
    return _watched_labels


_watched_labels = None


def connect():
    from home.cache import recovery_callbacks

    if _repeat_pending_bump not in recovery_callbacks:
        recovery_callbacks.append(_repeat_pending_bump)
    request_started.connect(_forget_request_version, dispatch_uid="regio-version-request")
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(content_changed, dispatch_uid=f"regio-version-{id(signal)}")
    post_save.connect(_on_model_save, dispatch_uid="regio-version-save", weak=False)
    post_delete.connect(_on_model_delete, dispatch_uid="regio-version-delete", weak=False)


def context_processor(request):
    return {
        "content_version": cache_token(),
        "fragment_cache_seconds": fragment_cache_seconds(),
    }
