"""JSON-LD of the site as a whole: the agency as Organization, the site as WebSite with its search."""


def site_graph(request, regio, site_name=None):
    from home.site_address import site_url

    root_url = site_url(request, "/")
    organisation = {
        "@type": "Organization",
        "@id": root_url + "#organisatie",
        "name": regio.organisation_name,
        "url": root_url,
    }
    if regio.contact_email:
        organisation["email"] = regio.contact_email
    if regio.social_urls:
        organisation["sameAs"] = regio.social_urls
    logo = image_url(regio.logo, "height-160|format-png", request)
    if logo:
        organisation["logo"] = logo
    if regio.address:
        organisation["address"] = postal_address(regio.address)
    website = {
        "@type": "WebSite",
        "@id": root_url + "#website",
        "name": site_name or regio.region_name,
        "url": root_url,
        "publisher": {"@id": organisation["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": root_url + "search/?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }
    return {"@context": "https://schema.org", "@graph": [organisation, website]}


def postal_address(text):
    """A schema.org PostalAddress from an address as people write it (street line, then postcode and place)."""
    import re

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    address = {"@type": "PostalAddress", "addressCountry": "NL"}
    if lines:
        address["streetAddress"] = lines[0]
    for line in lines[1:]:
        match = re.match(r"^(\d{4}\s?[A-Za-z]{2})\s+(.+)$", line)
        if match:
            address["postalCode"], address["addressLocality"] = match.groups()
    return address


def breadcrumb_json_ld(page, request):
    """BreadcrumbList from the home page down to ``page``."""
    from home.menu import breadcrumb_entries
    from home.site_address import site_url

    entries = [*breadcrumb_entries(page, request), (page.title, page.get_url(request))]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": title, "item": site_url(request, url)}
            for n, (title, url) in enumerate(entries, start=1)
            if url
        ],
    }


def image_url(image, spec, request):
    """The absolute URL of a rendition for structured data, or None when the original file is missing."""
    from wagtail.images.models import SourceImageIOError

    if image is None:
        return None
    try:
        from home.site_address import site_url

        return site_url(request, image.get_rendition(spec).url)
    except SourceImageIOError:
        return None
