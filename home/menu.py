"""Navigation (main menu, breadcrumbs), cached under the content version: every page shows it."""

from home.caching import remember


def menu_entries(site, request=None):
    """(title, url, path) for each live, public in-menu child of the site's root page."""

    def build():
        children = site.root_page.get_children().live().public().in_menu().only("title", "url_path", "path", "depth")
        return [(page.title, page.get_url(request), page.path) for page in children]

    return remember(("menu", site.pk), build)


def breadcrumb_entries(page, request=None):
    """(title, url) of the page's ancestors below the tree root, top first."""

    def build():
        ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "path", "depth")
        return [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]

    return remember(("breadcrumbs", page.pk), build)
