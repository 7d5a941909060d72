"""The e-mails to visitors: queued as outbox rows with the registration, rendered by the worker (home.mail)."""

from django.utils.translation import gettext as _

from events.calendar import event_calendar
from home.mail import Message, mail_builder, queue_mail

SUBJECTS = {
    "events.confirmed": lambda: _("Your registration: %(event)s"),
    "events.waiting": lambda: _("You are on the waiting list: %(event)s"),
    "events.promoted": lambda: _("A place became free: %(event)s"),
    "events.reminder": lambda: _("Reminder: %(event)s"),
    "events.existing": lambda: _("Your registration: %(event)s"),
}
TEMPLATES = {
    "events.confirmed": "events/emails/confirmed",
    "events.waiting": "events/emails/waiting",
    "events.promoted": "events/emails/promoted",
    "events.reminder": "events/emails/reminder",
    "events.existing": "events/emails/existing",
}
WITH_CALENDAR = {"events.confirmed", "events.promoted", "events.reminder", "events.existing"}


def _build(kind, registration):
    from events.booking import cancel_url

    if not registration.email or registration.anonymised_at:
        return None
    event = registration.event
    if kind == "events.existing" and registration.status == "waiting":
        attachments = []
    else:
        attachments = [(f"{event.slug}.ics", event_calendar([event]), "text/calendar")] if kind in WITH_CALENDAR else []
    return Message(
        subject=SUBJECTS[kind]() % {"event": event.title},
        to=[registration.email],
        template=TEMPLATES[kind],
        context={
            "registration": registration,
            "event": event,
            "event_url": event.get_full_url(),
            "cancel_url": cancel_url(registration),
        },
        attachments=attachments,
    )


for _kind in TEMPLATES:
    mail_builder(_kind)(lambda registration, data, kind=_kind: _build(kind, registration))


def send_registration(registration):
    queue_mail("events.waiting" if registration.status == "waiting" else "events.confirmed", registration)


def send_promotion(registration):
    queue_mail("events.promoted", registration)


def send_reminder(registration):
    queue_mail("events.reminder", registration)


def send_existing(registration):
    """Someone registered again with a known address: mail them their registration and its cancel link."""
    queue_mail("events.existing", registration)
