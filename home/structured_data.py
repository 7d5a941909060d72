"""JSON-LD of the site as a whole: the agency as Organization, the site as WebSite with its search."""


def site_graph(request, regio, site_name=None):
    root_url = request.build_absolute_uri("/")
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
