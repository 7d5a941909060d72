"""Navigation (main menu, breadcrumbs), cached under the content version: every page shows it."""

from django.core.cache import cache

from home.caching import cache_seconds, versioned_key


def menu_entries(site, request=None):
    """(title, url, path) for each live, public in-menu child of the site's root page."""
    key = versioned_key("menu", site.pk)
    entries = cache.get(key)
    if entries is None:
        children = site.root_page.get_children().live().public().in_menu().only("title", "url_path", "path", "depth")
        entries = [(page.title, page.get_url(request), page.path) for page in children]
        cache.set(key, entries, cache_seconds())
    return entries


def breadcrumb_entries(page, request=None):
    """(title, url) of the page's ancestors below the tree root, top first."""
    key = versioned_key("breadcrumbs", page.pk)
    entries = cache.get(key)
    if entries is None:
        ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "path", "depth")
        entries = [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]
        cache.set(key, entries, cache_seconds())
    return entries
