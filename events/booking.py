"""Registering and cancelling: every change of places happens under a row lock on the event.

The event row is locked (``SELECT … FOR UPDATE`` on PostgreSQL) inside the
transaction that counts the places and writes the registration, so parallel
sign-ups and cancellations are serialised per event and the capacity can never
be exceeded. E-mails are queued as outbox rows in the same transaction, so a
person told "registered" always gets the mail, also when a worker dies right
after the commit.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from events.choices import HOLDS_A_PLACE
from events.models import EventPage, Origin, Registration, Status
from home.models import Municipality
from home.tokens import make_token, normalise_email, record_for_token


def origin_for(postcode, abroad=False):
    if abroad:
        return Origin.ABROAD
    return Origin.REGION if Municipality.objects.for_postcode(postcode).exists() else Origin.NETHERLANDS


def _lock(event_id):
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def register(event, name, email, postcode="", abroad=False, target_group=None, answers=None):
    """(registration, outcome): outcome is 'confirmed', 'waiting', 'duplicate' or 'full'."""
    from events import mails

    email = normalise_email(email)
    origin = origin_for(postcode, abroad)
    try:
        with transaction.atomic():
            event = _lock(event.pk)
            existing = event.registrations.filter(email=email).exclude(status=Status.CANCELLED).first()
            if existing:
                mails.send_existing(existing)
                return existing, "duplicate"
            taken = event.registrations.filter(status__in=HOLDS_A_PLACE).count()
            if event.capacity is None or taken < event.capacity:
                status = Status.CONFIRMED
            elif event.waiting_list:
                status = Status.WAITING
            else:
                return None, "full"
            now = timezone.now()
            registration = Registration.objects.create(
                event=event,
                name=name.strip(),
                email=email,
                postcode=postcode.strip().upper(),
                target_group=target_group,
                answers=answers or {},
                origin=origin,
                status=status,
                created_at=now,
                consent_at=now,
                status_changed_at=now,
            )
            mails.send_registration(registration)
            return registration, status
    except IntegrityError:  # a parallel request with the same address won the race (and queued its mail)
        return Registration.objects.filter(event=event, email=email).exclude(
            status=Status.CANCELLED
        ).first(), "duplicate"


def cancel(registration):
    """Cancel and give the place to the first on the waiting list, in the same locked transaction.

    Returns (registration, promoted registration or None, changed?). Cancelling twice changes nothing.
    """
    from events import mails

    with transaction.atomic():
        event = _lock(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration, None, False
        now = timezone.now()
        registration.status, registration.status_changed_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "status_changed_at"])
        promoted = promote(event, now)
        if promoted:
            mails.send_promotion(promoted)
        return registration, promoted, True


def promote(event, now):
    """Move the first on the waiting list up if there is a free place (call with the event locked)."""
    if event.capacity is not None and event.registrations.filter(status__in=HOLDS_A_PLACE).count() >= event.capacity:
        return None
    first = event.registrations.filter(status=Status.WAITING).order_by("created_at", "pk").first()
    if first:
        first.status, first.status_changed_at = Status.CONFIRMED, now
        first.save(update_fields=["status", "status_changed_at"])
    return first


def mark_attended(registration, attended=True):
    with transaction.atomic():
        _lock(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status in HOLDS_A_PLACE:
            registration.status = Status.ATTENDED if attended else Status.CONFIRMED
            registration.status_changed_at = timezone.now()
            registration.save(update_fields=["status", "status_changed_at"])
    return registration


def cancel_token(registration):
    return make_token("cancel", registration)


def cancel_url(registration):
    return (
        registration.event.get_full_url()
        + registration.event.reverse_subpage("cancel")
        + f"?t={cancel_token(registration)}"
    )


def registration_from_token(event, token):
    """The registration of a valid cancel link for this event; None if tampered, foreign or after the event."""
    registration = record_for_token("cancel", token, Registration.objects.select_related("event").filter(event=event))
    if registration is None or registration.event.end < timezone.now():
        return None  # links expire when the event is over
    return registration
