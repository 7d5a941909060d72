"""Navigation (main menu, breadcrumbs), cached under the content version: every page shows it."""

from django.utils.translation import get_language

from home.caching import remember


def menu_entries(site, request=None):
    """(title, url, path) for each live, public in-menu child of the site's root page, in the page's
    translation for the current language where one is live (else the page itself)."""

    def build():
        children = site.root_page.get_children().live().public().in_menu().only("title", "url_path", "path", "depth")
        entries = []
        for page in children:
            shown = page.get_translations(inclusive=True).live().public().filter(locale__language_code=get_language())
            shown = shown.only("title", "url_path", "path", "depth").first() or page
            entries.append((shown.title, shown.get_url(request), page.path))
        return entries

    return remember(("menu", site.pk, get_language()), build)


def breadcrumb_entries(page, request=None):
    """(title, url) of the page's ancestors below the tree root, top first."""

    def build():
        ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "path", "depth")
        return [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]

    return remember(("breadcrumbs", page.pk), build)
