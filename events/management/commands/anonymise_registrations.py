from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from events.models import Registration
from home.mail import forget


class Command(BaseCommand):
    help = (
        "Remove name, e-mail, postcode and answers of registrations for events that ended more than --days "
        "ago (default REGIO_ANONYMISE_AFTER_DAYS, 30). Status, target group and origin stay for statistics. "
        "Safe to run daily; running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.REGIO_ANONYMISE_AFTER_DAYS)

    def handle(self, *args, days, **options):
        now = timezone.now()
        due = Registration.objects.filter(event__end__lt=now - timedelta(days=days), anonymised_at__isnull=True)
        with transaction.atomic():
            records = list(due.select_for_update().only("pk"))
            forget(records)  # queued and sent mails about them, and their task rows
            done = Registration.objects.filter(pk__in=[r.pk for r in records]).update(
                name="",
                email="",
                postcode="",
                answers={},
                anonymised_at=now,
            )
        self.stdout.write(f"Anonymised {done} registrations of events that ended more than {days} days ago.")
