"""Remembered routes: Wagtail finds a page without walking the tree on every request.

Wagtail's serve view looks up the Site (one query), then walks the page tree
from the site root, one query per path segment plus one for the specific page,
and checks view restrictions with two more. Which page a path leads to only
changes when pages are published, unpublished, moved, renamed or deleted, and
restrictions only when they are saved: exactly what bumps the content version
(home/caching.py). So, under that version, Regio remembers per host, language
and path which page answered and how many segments the tree walk used; a
request then fetches that one page and lets it route the rest of the path
itself (``RoutablePageMixin`` sub-routes, the live check). A path that leads
nowhere is never remembered, so random URLs cannot fill the cache.

The route is handed to Wagtail through ``request._wagtail_route_for_request``
and the Site through ``request._wagtail_site``, the request attributes Wagtail
itself caches them in.
"""

import hashlib

from django.apps import apps
from django.http import Http404
from django.utils.translation import get_language

from wagtail.models import Page, PageViewRestriction, Site

from home.caching import remember


def _site(request):
    """The request's Site and its root page's depth, remembered per host and port; None when no Site matches."""

    def find():
        site = Site.find_for_request(request)
        return (site, site.root_page.depth) if site else None

    found = remember(("site", request.get_host(), request.get_port()), find)
    if found:
        request._wagtail_site = found[0]
    return found


def _route(request, path):
    found = _site(request)
    if not found:
        return
    site, root_depth = found
    components = [component for component in path.split("/") if component]

    def find():
        result = Page.route_for_request(request, path)
        if result is None:
            return None  # not remembered
        page = result[0]
        return (page._meta.label, page.pk, page.depth - root_depth)

    # Long paths are hashed so every key stays short.
    label = path if len(path) <= 120 else hashlib.sha256(path.encode()).hexdigest()
    known = remember(("route", site.pk, get_language(), label), find)
    if known is None or hasattr(request, "_wagtail_route_for_request"):
        return
    label, page_id, consumed = known
    model = apps.get_model(label)
    # A page type may name the relations its page always shows (``serve_select_related``).
    page = model.objects.filter(pk=page_id).select_related(*getattr(model, "serve_select_related", ())).first()
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:]) if page else None
    except Http404:
        request._wagtail_route_for_request = None


class RouteCacheMiddleware:
    """Hands Wagtail's serve view the remembered route of the requested path."""

    def __init__(self, get_response):
        from wagtail.views import serve

        self.get_response = get_response
        self.serve = serve

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is self.serve:
            _route(request, view_args[0] if view_args else view_kwargs.get("path", ""))
        return None


def alias_paths():
    """Tree paths of the alias pages, whose restrictions follow the page they copy."""
    return remember(
        ("alias-paths",), lambda: tuple(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    )


class RestrictionLookupMixin:
    """``get_view_restrictions`` without queries for a page that no restriction can reach.

    Wagtail's version reads the page's ancestors and then their restrictions
    (two queries per request). A page that is no alias, lies under no alias
    and under no restricted page has none; any other page asks Wagtail.
    """

    def get_view_restrictions(self):
        from home.queries import restricted_paths

        reach = (*restricted_paths(), *alias_paths())
        if self.alias_of_id or any(self.path.startswith(path) for path in reach):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
