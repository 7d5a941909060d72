"""The mails of consent online, rendered by the outbox worker (home.mail) from the request they belong to."""

from django.urls import reverse
from django.utils.translation import gettext as _

from home.mail import Message, mail_builder
from stories.consent_links import request_url, site_url, withdraw_url
from stories.models import ConsentRequest


@mail_builder("stories.consent_request")
def request_mail(consent_request, data):
    if not consent_request.is_open or not consent_request.email:
        return None
    page = consent_request.page
    return Message(
        _("Would you read your interview? %(title)s") % {"title": page.title},
        [consent_request.email],
        "stories/emails/consent_request",
        {
            "page": page,
            "url": request_url(consent_request),
            "until": consent_request.expires_at,
            "sender": _sender_name(consent_request),
        },
    )


def _sender_name(consent_request):
    ambassador = consent_request.page.ambassador
    if ambassador:
        return ambassador.name
    user = consent_request.created_by
    return (user.get_full_name() or user.get_username()) if user else ""


@mail_builder("stories.consent_confirmation")
def confirmation_mail(consent_request, data):
    consent = consent_request.consent
    if not consent_request.email or consent is None or consent.withdrawn_at:
        return None

    def erase():
        ConsentRequest.objects.filter(pk=consent_request.pk).update(email="")

    return Message(
        _("Your consent: %(title)s") % {"title": consent_request.page.title},
        [consent_request.email],
        "stories/emails/consent_confirmation",
        {"page": consent_request.page, "consent": consent, "withdraw_url": withdraw_url(consent)},
        on_sent=erase,
    )


def _interview_team(consent_request):
    """Who hears about an answer: the ambassador of the interview, who sent the link, and staff."""
    from ambassadors.roles import staff_addresses

    addresses = set(staff_addresses())
    page = consent_request.page
    for user in (getattr(page.ambassador, "user", None), consent_request.created_by):
        if user is not None and user.is_active and user.email:
            addresses.add(user.email)
    return sorted(addresses)


def _admin_url(page):
    return site_url(page) + reverse("wagtailadmin_pages:edit", args=[page.pk])


@mail_builder("stories.consent_given")
def given_mail(consent_request, data):
    to = _interview_team(consent_request)
    if not to or consent_request.consent is None:
        return None
    return Message(
        _("Consent given online: %(title)s") % {"title": consent_request.page.title},
        to,
        "stories/emails/consent_given",
        {
            "page": consent_request.page,
            "consent": consent_request.consent,
            "edit_url": _admin_url(consent_request.page),
        },
    )


@mail_builder("stories.consent_withdrawn")
def withdrawn_mail(consent_request, data):
    to = _interview_team(consent_request)
    if not to:
        return None
    return Message(
        _("Consent withdrawn: %(title)s") % {"title": consent_request.page.title},
        to,
        "stories/emails/consent_withdrawn",
        {
            "page": consent_request.page,
            "unpublished": data.get("unpublished", False),
            "edit_url": _admin_url(consent_request.page),
        },
    )
