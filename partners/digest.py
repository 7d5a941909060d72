"""The weekly newsletter digest: what is new for a subscriber's target groups and topics.

Each confirmed subscriber gets at most one newsletter a week, on ``REGIO_NEWSLETTER_WEEKDAY``
(Monday), with the stories and interviews published since their last one, the events of the
coming weeks and the featured open careers, all for their choices (none chosen: everything),
under the editors' introduction of that week. A subscriber with nothing new gets no mail.
The mail and the mark "sent" are stored in one transaction (the outbox of ``home/mail.py``), so
a crash never sends twice or loses one; the mail is rendered in the subscriber's language.
Runs from ``manage.py send_newsletter`` (the scheduler, daily) and the ``send_newsletter`` task.
"""

import datetime

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from home.mail import Message, mail_builder, queue_mail
from partners.models import NewsletterIntro, Subscriber

EVENTS_AHEAD_DAYS = 42
MAX_PER_KIND = 6
MIN_DAYS_BETWEEN = 6  # once a week, whatever day the command runs


def week_of(now):
    day = timezone.localtime(now).date()
    return day - datetime.timedelta(days=day.weekday())


def _chosen(queryset, groups, themes, theme_field="themes"):
    if not groups and not themes:
        return queryset
    match = Q()
    if groups:
        match |= Q(target_groups__in=groups)
    if themes:
        match |= Q(**{f"{theme_field}__in": themes})
    return queryset.filter(pk__in=queryset.filter(match).values("pk"))


def contents(groups, themes, since, now):
    """(stories, events, careers) for these choices (ids of Dutch originals): lists of pages, newest first."""
    from careers.models import CareerPage
    from events.models import EventPage
    from stories.models import StoryPage

    today = timezone.localdate(now)
    dutch = Locale.get_default()  # the originals; each is shown in the subscriber's language when translated
    stories = (
        StoryPage.objects.live()
        .filter(locale=dutch)
        .visible(today)
        .filter(first_published_at__gt=since, first_published_at__lte=now)
    )
    events = (
        EventPage.objects.live()
        .filter(locale=dutch)
        .visible(today)
        .filter(start__gt=now, start__lte=now + datetime.timedelta(days=EVENTS_AHEAD_DAYS))
    )
    careers = CareerPage.objects.live().filter(locale=dutch).visible(today).open(today).filter(featured=True)
    return (
        list(_chosen(stories, groups, themes).order_by("-first_published_at")[:MAX_PER_KIND]),
        list(_chosen(events, groups, themes).order_by("start")[:MAX_PER_KIND]),
        list(
            _chosen(careers, groups, themes, "sector")
            .select_related("organisation")
            .order_by("-date_posted")[:MAX_PER_KIND]
        ),
    )


def due_subscribers(now):
    last = now - datetime.timedelta(days=MIN_DAYS_BETWEEN)
    return (
        Subscriber.objects.newsletter()
        .confirmed()
        .exclude(last_sent_at__gt=last)
        .prefetch_related("target_groups", "themes")
    )


def send_to(subscriber, now):
    """Queue one subscriber's newsletter if there is something for them; True when a mail was queued."""
    since = subscriber.last_sent_at or max(subscriber.confirmed_at, now - datetime.timedelta(days=7))
    groups = [group.pk for group in subscriber.target_groups.all()]
    themes = [theme.pk for theme in subscriber.themes.all()]
    stories, events, careers = contents(groups, themes, since, now)
    if not (stories or events or careers):
        return False
    with transaction.atomic(), translation.override(subscriber.language):  # the mail and the mark commit together
        queue_mail(
            "partners.newsletter",
            subscriber,
            data={
                "stories": [page.pk for page in stories],
                "events": [page.pk for page in events],
                "careers": [page.pk for page in careers],
                "week": week_of(now).isoformat(),
            },
        )
        subscriber.last_sent_at = now
        subscriber.save(update_fields=["last_sent_at"])
    return True


def purge_unconfirmed(now):
    from partners.newsletter import CONFIRM_DAYS

    deleted, _detail = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - datetime.timedelta(days=CONFIRM_DAYS)
    ).delete()
    return deleted


def run(now=None, force=False):
    """Send this week's newsletters on the newsletter's weekday (or any day with ``force``)."""
    now = now or timezone.now()
    result = {"checked": 0, "sent": 0, "purged": purge_unconfirmed(now), "skipped": False}
    if not force and timezone.localtime(now).weekday() != settings.REGIO_NEWSLETTER_WEEKDAY:
        result["skipped"] = True
        return result
    for subscriber in due_subscribers(now):
        result["checked"] += 1
        result["sent"] += send_to(subscriber, now)
    return result


@task()
def send_newsletter(force=False):
    """The newsletter run as a background task (the admin's or another job's way to start it)."""
    return run(force=force)


def _pages(model, ids, language):
    """Pages of these ids in this order, each in the subscriber's language when translated and live."""
    found = model.objects.filter(pk__in=ids).live().in_bulk()
    pages = [found[pk] for pk in ids if pk in found]
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or language == settings.LANGUAGE_CODE:
        return pages
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(locale=locale, translation_key__in=[p.translation_key for p in pages])
    }
    return [translations.get(page.translation_key, page) for page in pages]


def newsletter_context(stories, events, careers, intro, language):
    from wagtail.models import Site

    from home.models import RegioSettings

    site = Site.objects.filter(is_default_site=True).first()
    return {
        "stories": _pages(stories[0], stories[1], language) if stories else [],
        "events": _pages(events[0], events[1], language) if events else [],
        "careers": list(careers),
        "intro": intro,
        "language": language,
        "region_name": RegioSettings.for_site(site).region_name if site else "",
    }


def intro_for(week, language):
    found = NewsletterIntro.objects.filter(week_of=week).first()
    return found.in_language(language) if found else ""


@mail_builder("partners.newsletter")
def newsletter_mail(subscriber, data):
    from careers.models import CareerPage
    from events.models import EventPage
    from partners.newsletter import token_url
    from stories.models import StoryPage

    if not subscriber.confirmed_at:
        return None
    language = subscriber.language
    careers = CareerPage.objects.filter(pk__in=data.get("careers", [])).select_related("organisation").in_bulk()
    context = newsletter_context(
        (StoryPage, data.get("stories", [])),
        (EventPage, data.get("events", [])),
        [careers[pk] for pk in data.get("careers", []) if pk in careers],
        intro_for(datetime.date.fromisoformat(data["week"]), language),
        language,
    )
    if not (context["stories"] or context["events"] or context["careers"]):
        return None
    unsubscribe = token_url("newsletter-unsubscribe", subscriber)
    context["unsubscribe_url"] = unsubscribe
    return Message(
        _("What's new in the region this week"),
        [subscriber.email],
        "partners/emails/newsletter",
        context,
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
