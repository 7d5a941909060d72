from django.core.management.base import BaseCommand

from careers import digest


class Command(BaseCommand):
    help = (
        "Send the job-alert digests: each confirmed alert gets new matching careers at most once per "
        "--every-days (default 7). Safe to run daily from cron. Also deletes alerts never confirmed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--every-days", type=int, default=7, help="Days between two digests to one alert.")

    def handle(self, *args, every_days, **options):
        result = digest.run(every_days=every_days)
        self.stdout.write(
            f"Checked {result['checked']} alerts, sent {result['sent']} digests, "
            f"deleted {result['purged']} unconfirmed alerts."
        )
