from django.core.management.base import BaseCommand

from stories.consents import unpublish_expired


class Command(BaseCommand):
    help = (
        "Unpublish interviews whose interviewee consent for the website has expired, expire consent links "
        "older than 14 days and erase interviewees' addresses that are no longer needed. "
        "Safe to run daily from cron: interviews already offline are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be unpublished.")

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            from stories.consents import expired

            pages = expired()
            verb = "Would unpublish"
        else:
            pages = unpublish_expired()
            verb = "Unpublished"
        for page in pages:
            self.stdout.write(f"{verb}: {page.title} (id {page.pk}, {page.url_path})")
        self.stdout.write(self.style.SUCCESS(f"{verb} {len(pages)} interview(s) without valid consent."))
        if not dry_run:
            from stories.consent_online import erase_expired

            erased = erase_expired()
            self.stdout.write(f"Erased {erased} interviewee address(es) of expired or answered consent links.")
