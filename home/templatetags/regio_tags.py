import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from home.languages import enabled_codes
from home.menu import breadcrumb_entries, menu_entries
from home.models import RegioSettings
from home.queries import is_visible, whole_number
from home.site_address import site_url
from home.structured_data import site_graph

register = template.Library()

# The escapes Django's json_script uses, so data can never close the <script>.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Render a dict as a safe <script type="application/ld+json"> element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag(takes_context=True)
def site_json_ld(context):
    """JSON-LD for the Organization and the WebSite, from the region settings."""
    request = context["request"]
    return json_ld(site_graph(request, RegioSettings.for_request(request), context.get("site_name")))


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context):
    """BreadcrumbList JSON-LD for pages below the home page (nothing on the home page itself)."""
    page = context.get("page")
    if not getattr(page, "pk", None) or page.depth <= 2 or getattr(context["request"], "is_preview", False):
        return ""
    from home.structured_data import breadcrumb_json_ld as build

    return json_ld(build(page, context["request"]))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    current_path = getattr(context.get("page"), "path", "")
    entries = [
        (title, url, current_path.startswith(path))
        for title, url, path in (menu_entries(site, request) if site else [])
    ]
    return {"entries": entries}


@register.filter
def absolute(url, request):
    """Make a site-relative URL absolute on the site's public address."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return site_url(request, url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's address on the public site: its path, and the listing page number when past the first."""
    request = context["request"]
    page_number = whole_number(request.GET.get("pagina"), 9_999)  # the listings' page parameter (home/listing.py)
    query = f"?pagina={page_number}" if page_number and page_number > 1 else ""
    return site_url(request, request.path) + query


@register.filter
def page_url(listing, number):
    """URL of page ``number`` of a listing, keeping its filters."""
    return listing.page_url(number)


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    entries = breadcrumb_entries(page, context.get("request")) if getattr(page, "pk", None) else []
    return {"entries": entries, "page": page}


@register.filter
def is_public(page):
    """True when a chosen page may be shown to the public: live, not restricted, not hidden today."""
    return is_visible(page)


@register.simple_tag
def responsive_image(image, specs, sizes="100vw", alt="", **attrs):
    """An <img> with a srcset of ``specs`` ("fill-800x600|format-webp fill-1600x900|format-webp"), one entry per
    width: a small original makes several specs come out the same size, and a srcset must not repeat a width."""
    if not image:
        return ""
    try:
        renditions = image.get_renditions(*specs.split())
    except SourceImageIOError:  # the original file is missing (as Wagtail's tags, render nothing rather than fail)
        return ""
    by_width = {}
    for rendition in renditions.values():
        by_width.setdefault(rendition.width, rendition)
    ordered = [by_width[width] for width in sorted(by_width)]
    largest = ordered[-1]
    extra = format_html_join(" ", '{}="{}"', ((key.replace("_", "-"), value) for key, value in attrs.items()))
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" {}>',
        largest.url,
        ", ".join(f"{rendition.url} {rendition.width}w" for rendition in ordered),
        sizes,
        largest.width,
        largest.height,
        alt,
        extra,
    )


def _language_versions(context):
    """(code, native name, path, current) for each enabled language the page exists in, live and public.

    A page that has no translation in a language leaves that language out, so the switcher and the
    hreflang links only ever lead to pages that exist. Views that are no page (search) offer the
    home page of each language.
    """
    from django.utils.translation import get_language, get_language_info

    from home.caching import remember

    request = context["request"]
    page = context.get("page")
    current = get_language()
    if getattr(request, "is_preview", False):
        return []
    if not getattr(page, "pk", None):
        site = Site.find_for_request(request)
        page = site.root_page if site else None
        if page is None:
            return []

    def build():
        enabled = enabled_codes()
        found = {}
        for version in page.get_translations(inclusive=True).live().public().select_related("locale"):
            if version.locale.language_code in enabled:
                found[version.locale.language_code] = version.get_url(request)
        return [(code, found[code]) for code in enabled if code in found]

    versions = remember(("languages", page.pk), build)
    enabled = enabled_codes()  # also read here: the setting decides, not the cache
    return [
        (code, get_language_info(code)["name_local"], url, code == current)
        for code, url in versions
        if url and code in enabled
    ]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, place="bar"):
    """The language links: a thin bar above the header ("bar") or inside the phone menu ("menu")."""
    versions = _language_versions(context)
    return {"versions": versions if len(versions) > 1 else [], "place": place}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for every language version, and x-default for the Dutch one."""
    from django.conf import settings

    request = context["request"]
    versions = _language_versions(context)
    if len(versions) < 2:
        return ""
    links = [(code, site_url(request, url)) for code, _name, url, _current in versions]
    default = next((url for code, url in links if code == settings.LANGUAGE_CODE), None)
    if default:
        links.append(("x-default", default))
    return format_html_join("\n    ", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """The home page in the current language (Dutch when it has no translation)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    from django.utils.translation import get_language

    from home.caching import remember

    return remember(("language-home", site.pk, get_language()), lambda: site.root_page.localized.get_url(request))


@register.filter
def localized(obj):
    """Shared content (a fact, a target group, …) in the page's language: ``{% with f=fact|localized %}``."""
    from home.localized import localized as in_language

    return in_language(obj)


@register.filter
def tr(obj, field):
    """One field of shared content in the page's language: ``{{ theme|tr:"name" }}``."""
    from home.localized import localized as in_language

    found = in_language(obj)
    return getattr(found, field) if found is not None else ""
