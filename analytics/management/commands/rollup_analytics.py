from django.core.management.base import BaseCommand

from analytics.rollup import prune, rollup_pending


class Command(BaseCommand):
    help = (
        "Roll raw page views up into daily figures (the dashboard reads only those), then delete raw views older "
        "than the retention setting and visitor salts older than 48 hours. Run hourly from cron."
    )

    def handle(self, *args, **options):
        days = rollup_pending()
        pruned = prune()
        self.stdout.write(
            self.style.SUCCESS(
                f"Rolled up {len(days)} day(s), {sum(days.values())} view(s); deleted {pruned} old view(s)."
            )
        )
