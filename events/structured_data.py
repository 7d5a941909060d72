from django.utils.translation import get_language

from home.models import RegioSettings
from home.site_address import site_url
from home.structured_data import image_url


def event_json_ld(event, request):
    url = event.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.start.isoformat(),
        "endDate": event.end.isoformat(),
        "eventStatus": f"https://schema.org/{event.event_status}",
        "eventAttendanceMode": f"https://schema.org/{event.attendance_mode}",
        "inLanguage": get_language(),
        "url": url,
    }
    locations = []
    if event.venue_name or event.address:
        locations.append(
            {
                "@type": "Place",
                "name": event.venue_name or event.address,
                "address": {"@type": "PostalAddress", "streetAddress": event.address, "addressCountry": "NL"},
            }
        )
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser_id:
        organiser = {"@type": "Organization", "name": event.organiser.name}
        if event.organiser.website:
            organiser["url"] = event.organiser.website
    else:
        organiser = {
            "@type": "Organization",
            "name": RegioSettings.for_request(request).organisation_name,
            "url": site_url(request, "/"),
        }
    data["organizer"] = organiser
    left = event.places_left_now if hasattr(event, "places_left_now") else event.places_left()
    data["offers"] = {
        "@type": "Offer",
        "price": "0",
        "priceCurrency": "EUR",
        "url": url,
        "availability": availability(event, left),
        "validFrom": (event.registration_opens or event.first_published_at or event.start).isoformat(),
    }
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    image = image_url(event.share_image, "fill-1200x630|format-jpeg", request)
    if image:
        data["image"] = image
    return data


def availability(event, left):
    """Only an event one can still register for is InStock."""
    from django.utils import timezone

    if event.end <= timezone.now():
        return "https://schema.org/Discontinued"
    state = event.registration_state()
    if state == "not_yet":
        return "https://schema.org/PreSale"
    if state != "open" or left == 0:
        return "https://schema.org/SoldOut"
    return "https://schema.org/InStock"
