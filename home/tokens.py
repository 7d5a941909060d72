"""Signed links for one record and one person: cancel a registration, confirm or end a job alert.

A token carries the record's id and a short hash of its e-mail address, signed
with the site's secret and salted per purpose, so a confirm link never works as
an unsubscribe link. Once the address is gone (anonymised, changed) the link no
longer works. Addresses are normalised the same way everywhere.
"""

import hashlib

from django.core import signing

SALTS = {
    "cancel": "events.registration.cancel",
    "confirm": "careers.alert.confirm",
    "unsubscribe": "careers.alert.unsubscribe",
    "newsletter-confirm": "partners.newsletter.confirm",
    "newsletter-unsubscribe": "partners.newsletter.unsubscribe",
}
# Links mailed before the tokens were unified name the record "r" (registrations) or "a" (alerts).
LEGACY_ID_KEYS = ("r", "a")


def normalise_email(email):
    return (email or "").strip().lower()


def address_hash(email):
    return hashlib.sha256(normalise_email(email).encode()).hexdigest()[:16]


def make_token(purpose, record, email_field="email"):
    return signing.dumps({"i": record.pk, "h": address_hash(getattr(record, email_field))}, salt=SALTS[purpose])


def is_signed(purpose, token, max_age=None):
    """True when the token is intact and ours for this purpose (whether or not its record still exists)."""
    return _payload(purpose, token, max_age) is not None


def record_for_token(purpose, token, queryset, email_field="email", max_age=None):
    """The record a valid token names, if it still has the address it was made for; else None."""
    data = _payload(purpose, token, max_age)
    if data is None:
        return None
    pk = data.get("i", next((data[key] for key in LEGACY_ID_KEYS if key in data), None))
    if not isinstance(pk, int):
        return None
    record = queryset.filter(pk=pk).first()
    if (
        record is None
        or not getattr(record, email_field)
        or address_hash(getattr(record, email_field)) != data.get("h")
    ):
        return None
    return record


def _payload(purpose, token, max_age):
    try:
        data = signing.loads(token, salt=SALTS[purpose], max_age=max_age)
    except signing.BadSignature:
        return None
    return data if isinstance(data, dict) else None
