"""A Redis cache that the site survives: when Redis is down or hangs, pages render from the database.

The cache is an accelerator. ``ResilientRedisCache`` is Django's Redis backend
with three changes:

- short socket timeouts (``REDIS_TIMEOUT``, default 0.25 s), so a paused or
  unreachable server costs a request at most that long;
- a circuit breaker: after one failure the process stops talking to Redis for
  ``RETRY_SECONDS`` (``REDIS_RETRY_SECONDS``, default 10 s) and then tries again,
  so an outage does not add a timeout to every request;
- a per-process memory cache stands in while Redis is away, so fragments, the
  content version and rate-limit counters keep working (per process) and the
  site stays fast. It is emptied when Redis is back, so nothing it held can go
  stale later.

An outage is logged once when it starts and once when it ends, never per
request. Writes made during the outage (a content-version bump by an editor)
only reach the stand-in; ``home.caching`` repeats its bump when Redis returns.
"""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger("regio.cache")

FAILURES = (OSError,)  # redis-py's ConnectionError and TimeoutError are added in __init__


class ReusingRedisCacheClient(RedisCacheClient):
    """Django builds a new redis-py client (with its ~80 response callbacks) for every cache call;
    one client per connection pool serves them all (clients are thread-safe; the pool hands out
    connections and starts afresh after a fork). Saves about a millisecond per page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(index))
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        import redis

        params = {**params, "OPTIONS": dict(params.get("OPTIONS") or {})}
        options = params["OPTIONS"]
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 10))
        timeout = float(options.pop("SOCKET_TIMEOUT", 0.25))
        options.setdefault("socket_connect_timeout", timeout)
        options.setdefault("socket_timeout", timeout)
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._failures = (redis.exceptions.RedisError, *FAILURES)
        self._down_until = None  # monotonic time until which Redis is skipped; None while it answers
        self.fallback = LocMemCache(
            f"regio-fallback-{id(self)}",
            {
                "TIMEOUT": params.get("TIMEOUT", 300),
                "KEY_PREFIX": params.get("KEY_PREFIX", ""),
                "VERSION": params.get("VERSION", 1),
                "OPTIONS": {"MAX_ENTRIES": 2000},
            },
        )

    @property
    def available(self):
        """False while Redis is considered down (the stand-in answers instead)."""
        return self._down_until is None or time.monotonic() >= self._down_until

    def _call(self, name, *args, **kwargs):
        if not self.available:
            return getattr(self.fallback, name)(*args, **kwargs)
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except self._failures as error:
            if self._down_until is None:
                logger.warning("Cache server unavailable (%s); serving without it for now.", type(error).__name__)
            self._down_until = time.monotonic() + self.retry_seconds
            return getattr(self.fallback, name)(*args, **kwargs)
        if self._down_until is not None:
            logger.warning("Cache server is back.")
            self._down_until = None
            self.fallback.clear()
            for callback in list(recovery_callbacks):
                callback()
        return result


def _through_breaker(name):
    def method(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    method.__name__ = name
    return method


# Every operation of the cache API goes through the circuit breaker (get_or_set, decr and the
# async variants are built on these by BaseCache).
for _name in (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
):
    setattr(ResilientRedisCache, _name, _through_breaker(_name))


# Called (without arguments) in the process that sees Redis come back.
recovery_callbacks = []
