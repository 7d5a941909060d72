"""JSON-LD of stories and interviews: schema.org Article."""

from django.utils import timezone
from django.utils.translation import get_language

from home.site_address import site_url
from home.structured_data import image_url


def article_json_ld(page, request, ambassador_url=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "dateModified": (page.last_published_at or timezone.now()).isoformat(),
        "mainEntityOfPage": page.get_full_url(request),
        "inLanguage": get_language(),
        "publisher": {"@id": site_url(request, "/") + "#organisatie"},
    }
    image = image_url(page.share_image, "fill-1200x630|format-jpeg", request)
    if image:
        data["image"] = image
    if page.ambassador_id:
        data["author"] = {"@type": "Person", "name": page.ambassador.name}
        if ambassador_url:
            data["author"]["url"] = site_url(request, ambassador_url)
    elif page.author:
        data["author"] = {"@type": "Person", "name": page.author}
    return data
