from django.core.management.base import BaseCommand

from partners import digest


class Command(BaseCommand):
    help = (
        "Send the weekly newsletter: on REGIO_NEWSLETTER_WEEKDAY (Monday) each confirmed subscriber gets what is "
        "new for their choices, at most once a week. Safe to run daily. Also deletes unconfirmed sign-ups."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Send today whatever the weekday.")

    def handle(self, *args, force=False, **options):
        result = digest.run(force=force)
        if result["skipped"]:
            self.stdout.write(f"Not the newsletter's weekday; deleted {result['purged']} unconfirmed sign-ups.")
            return
        self.stdout.write(
            f"Checked {result['checked']} subscribers, sent {result['sent']} newsletters, "
            f"deleted {result['purged']} unconfirmed sign-ups."
        )
