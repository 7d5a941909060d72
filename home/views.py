from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from home.queries import search_words, searchable

SEARCH_PAGE_SIZE = 10
RANKED_UP_TO = 100  # searches with more matches are listed newest first instead of by relevance
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Full-text search across all live, public pages of the current site."""
    query = search_words(request.GET.get("q"), MAX_QUERY_LENGTH)
    results = None
    if query:
        site = Site.find_for_request(request)
        pages = searchable(Page.objects.live().public().specific())
        if site:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        newest_first = pages.order_by("-first_published_at")
        method = "search"
        found = newest_first.search(query, order_by_relevance=False)
        if not found.count():
            # No whole words matched: look for words that start with the query ("verpleeg" finds
            # "Verpleegkundige"), as the career index does.
            method = "autocomplete"
            found = newest_first.autocomplete(query, order_by_relevance=False)
        ranked = 0 < found.count() <= RANKED_UP_TO
        if ranked:
            # Ranking scores every match (the database backends have no index for it), so only a
            # specific search is ranked; a broad one ("maas" on a large site: thousands of pages)
            # is listed newest first, and costs about the same at any size of the site.
            found = getattr(pages, method)(query)
        # get_page() turns a bad or out-of-range page number into the first or last page.
        results = Paginator(found, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "home/search.html",
        {"search_query": query, "search_results": results, "ranked": results is None or ranked},
    )


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


def bench_bare(request):
    """Reference for bench/: a bare view rendering a template of a page's size."""
    return render(request, "bench/bare.html", {"items": range(60)})


ICON_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<path d="M32 32V0a32 32 0 0 1 0 64z" fill="{primary}"/><path d="M32 32v32A32 32 0 0 1 0 32z" fill="{accent}"/>
<path d="M32 32H0A32 32 0 0 1 32 0z" fill="{secondary}"/></svg>"""


def _brand(request):
    from home.models import RegioSettings

    regio = RegioSettings.for_request(request)
    return {"primary": regio.primary_colour, "secondary": regio.secondary_colour, "accent": regio.accent_colour}


def media_file(request, path):
    """An uploaded file (``REGIO_SERVE_MEDIA``, for `make prod`): public for a day, so Varnish serves it after once."""
    from django.views.static import serve

    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=86400, s-maxage=86400"
    return response


BRAND_CSS = ":root{{--primary:{primary};--secondary:{secondary};--accent:{accent}}}\n"


def brand_css(request):
    """The region's colours as CSS variables: a stylesheet, so public pages need no inline style (CSP without
    nonces, and a page that a shared cache can hold). Its URL carries the colours, so a change is seen at once."""
    response = HttpResponse(BRAND_CSS.format(**_brand(request)), content_type="text/css")
    response["Cache-Control"] = "public, max-age=31536000, immutable" if request.GET.get("v") else "public, max-age=300"
    return response


def favicon_svg(request):
    """The region's mark in its own colours (the brand mark of the header), as the browser icon."""
    response = HttpResponse(ICON_SVG.format(**_brand(request)), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def app_icon(request, size):
    """The mark as PNG: /favicon.ico (32 px, for browsers that ask for it) and the 180 px apple-touch-icon."""
    import io

    from PIL import Image, ImageDraw

    colours = _brand(request)
    scale = 4
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    box = (0, 0, big - 1, big - 1)
    if size >= 180:  # home-screen icons are not transparent
        image = Image.new("RGBA", (big, big), "#ffffff")
        draw = ImageDraw.Draw(image)
        margin = big // 8
        box = (margin, margin, big - margin, big - margin)
    draw.pieslice(box, -90, 90, fill=colours["primary"])
    draw.pieslice(box, 90, 180, fill=colours["accent"])
    draw.pieslice(box, 180, 270, fill=colours["secondary"])
    image = image.resize((size, size), Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    response = HttpResponse(buffer.getvalue(), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def csrf_failure(request, reason=""):
    """A refused form post (home/csrf.py, or a stale token), in the visitor's language and the site's style."""
    return render(request, "403_csrf.html", status=403)
