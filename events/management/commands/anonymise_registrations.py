from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.models import Registration


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
        done = Registration.objects.filter(event__end__lt=now - timedelta(days=days), anonymised_at__isnull=True).update(
            name="", email="", postcode="", answers={}, anonymised_at=now,
        )
        self.stdout.write(f"Anonymised {done} registrations of events that ended more than {days} days ago.")
