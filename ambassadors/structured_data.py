"""JSON-LD of an ambassador's profile: schema.org Person."""

from django.utils.translation import gettext as _

from home.localized import localized


def person_json_ld(ambassador, url, root_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": ambassador.name,
        "url": url,
        "jobTitle": _("Ambassador of the region"),
        "worksFor": {"@id": root_url.rstrip("/") + "/#organisatie"},
    }
    if ambassador.bio:
        data["description"] = ambassador.bio
    if ambassador.municipality:
        data["homeLocation"] = {"@type": "Place", "name": localized(ambassador.municipality).name}
    themes = [localized(theme).name for theme in ambassador.themes.all()]
    if themes:
        data["knowsAbout"] = themes
    return data
