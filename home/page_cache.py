"""A page cache for anonymous visitors that knows Wagtail: whole public pages, purged when what they show changes.

What is cached: anonymous GET (and HEAD) requests for live pages served by Wagtail,
when the page allows it, the response is a 200 that sets no cookie, and the query string
holds only known parameters. Never: previews, signed-in users (a session cookie), personal
answers (a registration outcome, a cancel link: ``PERSONAL_PARAMS``), responses that set
cookies, other views (admin, search, feeds, the beacon).

The key is the path and the known parameters, sorted (``utm_*``, click ids and random
strings are left out, so they cannot fill the cache). A stored page is stamped with, and only
served while these still match (all read in one round trip to Redis with the page itself):

- the content version (``home/caching.py``): publishing, unpublishing, moving or deleting a
  page, and saving shared content (facts, vocabulary, settings, images), renews every page;
- the day: what depends on the date (closed careers, past events) renews at midnight;
- the path's own version: a registration renews its event page, the event index and the
  home page at once, so "nog 2 plekken" and "vol" are right within a request
  (``purge_paths``).

How long an entry lives is the shortest of ``REGIO_PAGE_CACHE_SECONDS`` and what the page says
(``page_cache_seconds``: until midnight, or until an event starts, ends or opens or closes
registration). The same lifetime goes out as ``Cache-Control: s-maxage`` for Varnish or a CDN;
browsers get ``max-age=0`` and ask again, so nobody keeps a stale "places left" in a tab.
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from wagtail import hooks

# Parameters a public page reads (listings' filters and pages, search words, sort order).
KNOWN_PARAMS = frozenset(
    {
        "contract",
        "doelgroep",
        "eerder",
        "engels",
        "gemeente",
        "maand",
        "niveau",
        "pagina",
        "q",
        "sector",
        "soort",
        "sorteer",
        "tag",
        "thema",
        "uren",
    }
)
# Parameters that make an answer personal: never cached, never served from the cache.
PERSONAL_PARAMS = frozenset({"aanmelding", "t", "token"})
MAX_PARAMS = 12
MAX_VALUE_LENGTH = 100
PATH_VERSION = "regio:page-path:"


def enabled():
    return settings.REGIO_PAGE_CACHE_SECONDS > 0


def normalised_query(request):
    """The known parameters, sorted, or None when the request must not use the cache."""
    pairs = []
    for name, values in request.GET.lists():
        if name in PERSONAL_PARAMS:
            return None
        if name in KNOWN_PARAMS:
            pairs += [(name, value) for value in values]
    if len(pairs) > MAX_PARAMS or any(len(value) > MAX_VALUE_LENGTH for _name, value in pairs):
        return None
    return urlencode(sorted(pairs))


def anonymous(request):
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request, query):
    return f"regio:page:{request.get_host()}:{request.path}?{query}"


def stamp(versions, path):
    """What a stored page must still match: the content version, the path's version and the day."""
    from home.caching import VERSION_KEY

    return (versions.get(VERSION_KEY), versions.get(PATH_VERSION + path, 0), timezone.localdate().isoformat())


def lookup(request, key):
    """The stored page and the current stamp, in one round trip to the cache."""
    from home.caching import VERSION_KEY

    path_key = PATH_VERSION + request.path
    found = cache.get_many([VERSION_KEY, path_key, key])
    return found.get(key), stamp(found, request.path)


def purge_paths(paths):
    """Renew the cached pages at these paths (e.g. an event page after a registration), here and in front."""
    now = time.time_ns()
    cache.set_many({PATH_VERSION + path: now for path in paths}, settings.REGIO_CACHE_SECONDS)
    from home.frontend_cache import purge_urls

    purge_urls(paths)


def seconds_until_midnight(now=None):
    now = timezone.localtime(now)
    tomorrow = (now + timezone.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1, int((tomorrow - now).total_seconds()))


def seconds_until(moments, now=None):
    """Seconds until the first of these moments that is still to come (at most until midnight)."""
    now = now or timezone.now()
    limit = seconds_until_midnight(now)
    ahead = [int((moment - now).total_seconds()) for moment in moments if moment and moment > now]
    return max(1, min([limit, *ahead]))


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    request.regio_served_page = page


class PageCacheMiddleware:
    """Serves and stores whole anonymous page responses (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or request.method not in ("GET", "HEAD") or not anonymous(request):
            return self.get_response(request)
        query = normalised_query(request)
        if query is None:
            return self.get_response(request)
        key = page_key(request, query)
        stored, current = lookup(request, key)
        if stored is not None and stored[0] == current and current[0] is not None:
            return self.rebuild(stored[1])
        response = self.get_response(request)
        seconds = self.lifetime(request, response)
        if seconds:
            response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
            if request.method == "GET":
                # Stamped with the versions as they were before rendering: a change made meanwhile
                # leaves the copy behind, never the other way round.
                cache.set(key, (current, self.freeze(response)), seconds)
            response["X-Regio-Cache"] = "miss"
        return response

    def lifetime(self, request, response):
        page = getattr(request, "regio_served_page", None)
        if (
            page is None
            or getattr(request, "is_preview", False)
            or getattr(request, "regio_personal", False)
            or response.status_code != 200
            or response.streaming
            or response.cookies
            or response.has_header("Cache-Control")
        ):
            return 0
        page_seconds = getattr(page, "page_cache_seconds", None)  # Wagtail serves the specific page
        seconds = page_seconds(request) if page_seconds else seconds_until_midnight()
        return min(settings.REGIO_PAGE_CACHE_SECONDS, seconds or 0)

    @staticmethod
    def freeze(response):
        headers = {k: v for k, v in response.items() if k.lower() not in ("set-cookie", "x-regio-cache")}
        return (response.status_code, headers, response.content)

    @staticmethod
    def rebuild(stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers.items():
            response[name] = value
        response["X-Regio-Cache"] = "hit"
        return response
