"""The weekly job-alert digest: new matching careers since the last e-mail."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import ngettext

from careers.alerts import CONFIRM_DAYS, unsubscribe_url
from careers.models import CareerPage, JobAlert
from careers.search import CareerSearch
from home.mail import Message, mail_builder, queue_mail

MAX_CAREERS_PER_DIGEST = 20


def due_alerts(now, every_days):
    last = now - timedelta(days=every_days)
    return JobAlert.objects.confirmed().filter(index__live=True).exclude(last_sent_at__gt=last).select_related("index")


def new_careers(alert, now):
    """Open careers matching the alert, first published since its last digest (or its confirmation)."""
    since = alert.last_sent_at or alert.confirmed_at
    search = CareerSearch.from_saved(alert.index, alert.query, today=timezone.localdate(now))
    careers = search.matching().filter(first_published_at__gt=since, first_published_at__lte=now)
    return search, list(careers.for_cards()[: MAX_CAREERS_PER_DIGEST + 1])


def send_digest(alert, now):
    """Queue one alert's digest if there is something new; True when an e-mail was queued."""
    _search, careers = new_careers(alert, now)
    if not careers:
        return False
    with transaction.atomic(), translation.override(alert.language):  # mail and mark commit together
        queue_mail(
            "careers.digest",
            alert,
            data={
                "careers": [career.pk for career in careers[:MAX_CAREERS_PER_DIGEST]],
                "more": len(careers) > MAX_CAREERS_PER_DIGEST,
            },
        )
        alert.last_sent_at = now
        alert.save(update_fields=["last_sent_at"])
    return True


@mail_builder("careers.digest")
def digest_mail(alert, data):
    if not alert.confirmed_at:
        return None
    found = CareerPage.objects.filter(pk__in=data.get("careers", [])).for_cards().in_bulk()
    careers = [found[pk] for pk in data.get("careers", []) if pk in found]
    if not careers:
        return None
    search = CareerSearch.from_saved(alert.index, alert.query)
    unsubscribe = unsubscribe_url(alert)
    subject = ngettext(
        "%(count)s new career for your search: %(search)s",
        "%(count)s new careers for your search: %(search)s",
        len(careers),
    ) % {"count": len(careers), "search": search.describe()}
    return Message(
        subject[:150],
        [alert.email],
        "careers/emails/alert_digest",
        {
            "careers": careers,
            "more": data.get("more", False),
            "site_url": alert.index.get_site().root_url,
            "description": search.describe(),
            "search_url": alert.index.get_full_url() + search.url_with(),
            "unsubscribe_url": unsubscribe,
        },
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def purge_unconfirmed(now):
    """Addresses that were never confirmed are not kept."""
    deleted, _detail = JobAlert.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - timedelta(days=CONFIRM_DAYS)
    ).delete()
    return deleted


def run(every_days=7, now=None):
    now = now or timezone.now()
    sent = checked = 0
    for alert in due_alerts(now, every_days):
        checked += 1
        sent += send_digest(alert, now)
    return {"checked": checked, "sent": sent, "purged": purge_unconfirmed(now)}
