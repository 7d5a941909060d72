"""Purging what an HTTP cache in front holds (Varnish, or a CDN), through wagtail.contrib.frontend_cache.

Configured with Wagtail's own ``WAGTAILFRONTENDCACHE`` setting (see the README's deployment
section); without it nothing is sent. Two kinds of purge, both sent by a task after the
change is committed:

- ``purge_urls(paths)``: these pages (an event page, its index and the home page after a
  registration) through every configured backend: Varnish, Cloudflare, CloudFront, …
- ``purge_everything()``: after any change that may show on many pages (publishing, a fact,
  the vocabulary, settings). Varnish gets one ``BAN`` for the whole site (``deploy/varnish``
  accepts it from the app servers only). A CDN has no such call in Wagtail: Wagtail purges the
  published page itself, and everything else expires within ``s-maxage``
  (``REGIO_PAGE_CACHE_SECONDS``).

Many changes in a row (an import, the demo) send one ban: a second one is not enqueued
while one is waiting.
"""

import logging
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django_tasks import task

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction

logger = logging.getLogger(__name__)
BAN_PENDING = "regio:frontend-ban-pending"


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_urls(paths):
    if configured() and paths:
        paths = sorted(set(paths))
        transaction.on_commit(lambda: _enqueue(paths))


def purge_everything(**kwargs):
    if configured() and cache.add(BAN_PENDING, 1, 60):
        transaction.on_commit(lambda: _enqueue(None))


def _enqueue(paths):
    try:
        purge.enqueue(paths)
    except DatabaseError as error:  # e.g. during `migrate`, before the task queue's table exists
        cache.delete(BAN_PENDING)
        logger.warning("Frontend cache purge not queued: %s", error)


@task()
def purge(paths):
    """Purge these paths on the public address, or (``None``) ban the whole site in Varnish."""
    from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

    if paths is None:
        cache.delete(BAN_PENDING)  # changes from now on enqueue their own ban
        return ban_everything(get_backends())
    base = settings.REGIO_BASE_URL or "http://localhost"
    purge_urls_from_cache([base + path for path in paths])
    return len(paths)


def ban_everything(backends):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    host = urlsplit(settings.REGIO_BASE_URL or "http://localhost").netloc
    banned = 0
    for name, backend in backends.items():
        if not isinstance(backend, HTTPBackend):
            continue
        request = Request(f"{backend.cache_scheme}://{backend.cache_netloc}/", method="BAN", headers={"Host": host})
        try:
            urlopen(request, timeout=5)  # noqa: S310 - the configured cache's address
            banned += 1
        except OSError as error:
            logger.warning("Could not ban the site in the frontend cache %s: %s", name, error)
    return banned
