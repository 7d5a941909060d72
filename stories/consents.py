"""Consent rules for interviews: who expires soon, and taking expired ones offline."""

import datetime

from django.utils import timezone

from stories.models import InterviewPage


def live_interviews():
    return InterviewPage.objects.live().prefetch_related("consents")


def expiring_soon(days, today=None):
    """(interview, expires_on) for live interviews whose consent ends within ``days``."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=days)
    found = []
    for interview in live_interviews():
        consent = interview.valid_consent(today)
        if consent and consent.expires_on <= horizon:
            found.append((interview, consent.expires_on))
    return sorted(found, key=lambda item: item[1])


def expired(today=None):
    """Live interviews that no longer have a valid consent for the website."""
    today = today or timezone.localdate()
    return [interview for interview in live_interviews() if not interview.valid_consent(today)]


def unpublish_expired(today=None, user=None):
    """Unpublish every live interview without a valid consent; returns the ones it took offline."""
    done = []
    for interview in expired(today):
        interview.unpublish(user=user, log_action="wagtail.unpublish")
        done.append(interview)
    return done
