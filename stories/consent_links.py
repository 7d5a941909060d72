"""The signed links of consent online: one to read and agree (per request), one to withdraw (per consent)."""

from django.core import signing
from django.urls import reverse

REQUEST_SALT = "stories.consent.request"
WITHDRAW_SALT = "stories.consent.withdraw"


def request_token(consent_request):
    return signing.dumps({"i": consent_request.pk, "p": consent_request.page_id}, salt=REQUEST_SALT)


def withdraw_token(consent):
    return signing.dumps({"c": consent.pk, "p": consent.page_id}, salt=WITHDRAW_SALT)


def payload(token, salt):
    try:
        data = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    return data if isinstance(data, dict) else None


def site_url(page):
    return page.get_site().root_url if page.get_site() else ""


def request_url(consent_request):
    path = reverse("interview_consent", args=[consent_request.page_id, request_token(consent_request)])
    return site_url(consent_request.page) + path


def withdraw_url(consent):
    return site_url(consent.page) + reverse("interview_consent_withdraw", args=[withdraw_token(consent)])
