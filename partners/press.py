"""Press releases as PDF (WeasyPrint), and mailing a release to the press list."""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.mail import Message, mail_builder, queue_mail
from home.models import RegioSettings
from home.poster import brand_font_url, logo_file_url
from partners.models import PressReleasePage, Subscriber

PERMISSION = "wagtailadmin.access_admin"


def release_pdf(page):
    """The release as an A4 PDF, cached until the page is published again."""
    site = page.get_site()
    regio = RegioSettings.for_site(site)
    language = translation.get_language() or settings.LANGUAGE_CODE
    parts = [str(page.pk), str(page.last_published_at or page.latest_revision_created_at), language]
    parts += [regio.region_name, regio.primary_colour, regio.secondary_colour, regio.accent_colour]
    key = "regio:release-pdf:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]
    pdf = cache.get(key)
    if pdf is None:
        from weasyprint import HTML

        html = render_to_string(
            "partners/press_release_print.html",
            {
                "page": page,
                "regio": regio,
                "contact_text": page.contact_text(),
                "page_url": page.get_full_url(),
                "font_url": brand_font_url(),
                "logo_url": logo_file_url(regio),
            },
        )
        pdf = HTML(string=html, base_url=(site.root_url if site else "http://localhost") + "/").write_pdf()
        cache.set(key, pdf, settings.REGIO_POSTER_CACHE_SECONDS)
    return pdf


def mail_release(page, now=None):
    """Queue the release for every confirmed address on the press list; returns how many."""
    now = now or timezone.now()
    count = 0
    with transaction.atomic():
        for subscriber in Subscriber.objects.press().confirmed().only("pk", "language"):
            with translation.override(subscriber.language):
                queue_mail("partners.press_release", subscriber, data={"page": page.pk})
            count += 1
        PressReleasePage.objects.filter(pk=page.pk).update(mailed_at=now)
    return count


@mail_builder("partners.press_release")
def release_mail(subscriber, data):
    from partners.newsletter import token_url

    page = PressReleasePage.objects.live().public().filter(pk=data.get("page")).first()
    if page is None or not subscriber.confirmed_at:
        return None
    unsubscribe = token_url("newsletter-unsubscribe", subscriber)
    with translation.override(settings.LANGUAGE_CODE):  # the release and its PDF are in the page's language
        pdf = release_pdf(page)
    return Message(
        page.title,
        [subscriber.email],
        "partners/emails/press_release",
        {
            "page": page,
            "page_url": page.get_full_url(),
            "contact_text": page.contact_text(),
            "unsubscribe_url": unsubscribe,
            "language": subscriber.language,
        },
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        attachments=[(f"{page.slug}.pdf", pdf, "application/pdf")],
    )


def mail_view(request, page_id):
    """Admin: confirm, then mail a live release to the press list (again only after a warning)."""
    page = get_object_or_404(PressReleasePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    recipients = Subscriber.objects.press().confirmed().count()
    if request.method == "POST" and page.live:
        count = mail_release(page)
        messages.success(
            request,
            ngettext(
                "The release is on its way to %(count)s address.",
                "The release is on its way to %(count)s addresses.",
                count,
            )
            % {"count": count},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return render(
        request,
        "partners/admin/mail_release.html",
        {"page": page, "recipients": recipients, "not_live": not page.live, "error": _("Publish the release first.")},
    )
