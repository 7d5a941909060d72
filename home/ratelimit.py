"""A small fixed-window rate limit per client IP, kept in the shared cache.

The client IP is ``REMOTE_ADDR`` unless ``REGIO_TRUSTED_PROXIES`` says how many
reverse proxies stand in front of the site: then it is the address the
outermost trusted proxy saw, read from ``X-Forwarded-For`` counting from the
right. A header sent by a visitor can never choose the address counted.

Counters live in the default cache, so they are shared by all workers with
Redis. While Redis is down each worker counts on its own (the stand-in cache of
``home.cache``): the limit stays in force, per worker, and nobody is locked out.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.REGIO_TRUSTED_PROXIES
    if proxies <= 0:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not hops:
        return remote
    # Each trusted proxy appended the address it saw; the client is the one the outermost proxy saw.
    return hops[-min(proxies, len(hops))]


def allow(request, scope, limit, window_seconds):
    """True while this IP has done ``scope`` fewer than ``limit`` times in the current window."""
    window = int(time.time() // window_seconds)
    key = f"regio:rate:{scope}:{client_ip(request)}:{window}"
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    return count <= limit


def too_many(request, message, retry_after=3600):
    """The Dutch 429 page, with Retry-After."""
    response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
