"""A small fixed-window rate limit per client IP, kept in the cache (shared with Redis)."""

import time

from django.core.cache import cache


def client_ip(request):
    # Behind the proxy, REMOTE_ADDR is the proxy; the proxy sets X-Forwarded-For's last hop.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[-1].strip() or request.META.get("REMOTE_ADDR", "")


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
