from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from home.queries import search_words, searchable

SEARCH_PAGE_SIZE = 10
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
        # get_page() turns a bad or out-of-range page number into the first or last page.
        results = Paginator(pages.search(query), SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "home/search.html", {"search_query": query, "search_results": results})


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


def bench_bare(request):
    """Reference for bench/: a bare view rendering a template of a page's size."""
    return render(request, "bench/bare.html", {"items": range(60)})
