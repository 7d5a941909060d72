"""The e-mails to visitors, queued through home.mail (a background task)."""

from django.utils.translation import gettext as _

from events.calendar import event_calendar
from home.mail import queue_email


def _context(registration):
    from events.registration import cancel_token

    event = registration.event
    return {
        "registration": registration, "event": event,
        "event_url": event.get_full_url(),
        "cancel_url": event.get_full_url() + f"afmelden/?t={cancel_token(registration)}",
    }


def _ics(registration):
    return [(f"{registration.event.slug}.ics", event_calendar([registration.event]), "text/calendar")]


def send_registration(registration):
    if registration.status == "waiting":
        queue_email(_("You are on the waiting list: %(event)s") % {"event": registration.event.title},
                    [registration.email], "events/emails/waiting", _context(registration))
    else:
        queue_email(_("Your registration: %(event)s") % {"event": registration.event.title},
                    [registration.email], "events/emails/confirmed", _context(registration), attachments=_ics(registration))


def send_promotion(registration):
    queue_email(_("A place became free: %(event)s") % {"event": registration.event.title},
                [registration.email], "events/emails/promoted", _context(registration), attachments=_ics(registration))


def send_reminder(registration):
    queue_email(_("Reminder: %(event)s") % {"event": registration.event.title},
                [registration.email], "events/emails/reminder", _context(registration), attachments=_ics(registration))
