"""iCalendar (RFC 5545) files: one event (event.ics, e-mail attachments) or the upcoming agenda."""

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from events.choices import EventStatus


def event_calendar(events, request=None):
    calendar = Calendar()
    calendar.add("prodid", "-//Regio//Evenementen//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for page in events:
        entry = Event()
        entry.add("uid", f"event-{page.pk}@{_domain(page)}")
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", page.start)
        entry.add("dtend", page.end)
        entry.add("summary", page.title)
        url = page.get_full_url(request)
        entry.add("url", url)
        entry.add("description", f"{strip_tags(page.introduction)}\n\n{url}".strip())
        location = ", ".join(part for part in (page.venue_name, page.address) if part) or page.online_url
        if location:
            entry.add("location", location)
        if page.event_status == EventStatus.CANCELLED:
            entry.add("status", "CANCELLED")
        calendar.add_component(entry)
    return calendar.to_ical().decode()


def calendar_response(events, request, filename):
    response = HttpResponse(event_calendar(events, request), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _domain(page):
    """The site's host name, so UIDs are globally unique (RFC 5545)."""
    site = page.get_site()
    return site.hostname if site else "regio.invalid"
