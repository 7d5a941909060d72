from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from events import mails
from events.models import Registration, Status


class Command(BaseCommand):
    help = "E-mail a reminder to confirmed registrations of events that start within --days (default 2). Run daily."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.REGIO_REMINDER_DAYS)

    def handle(self, *args, days, **options):
        now = timezone.now()
        due = (
            Registration.objects.filter(
                status=Status.CONFIRMED,
                reminder_sent_at__isnull=True,
                event__live=True,
                event__start__gt=now,
                event__start__lte=now + timedelta(days=days),
            )
            .exclude(email="")
            .select_related("event")
        )
        sent = 0
        for registration in due:
            with transaction.atomic():  # the mail and the mark that it went out commit together
                if Registration.objects.filter(pk=registration.pk, reminder_sent_at__isnull=True).update(
                    reminder_sent_at=now
                ):
                    mails.send_reminder(registration)
                    sent += 1
        self.stdout.write(f"Sent {sent} reminders.")
