import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from careers.importer import FeedError, import_rows, read_feed
from careers.models import CareerIndexPage
from home.db import refresh_statistics

ANALYZE_FROM_ROWS = 500  # after a large import the query planner needs the new row counts
PROGRESS_FROM_ROWS = 200


class Command(BaseCommand):
    help = (
        "Import careers from a CSV or JSON feed. Rows are matched on their external_id within the source: "
        "new rows create pages, changed rows update them, the rest is left alone. Bad rows are reported "
        "with their line number and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (comma or semicolon separated, header row) or JSON file.")
        parser.add_argument("--source", help="Name of the feed; default: the file name without extension.")
        parser.add_argument("--index", help="Slug of the career index to add pages to; default: the first one.")
        parser.add_argument("--encoding", default="utf-8", help="Character encoding of the file (default utf-8).")
        parser.add_argument(
            "--unpublish-missing",
            action="store_true",
            help="Unpublish pages from this source whose external_id is no longer in the file.",
        )

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):
            return self._import(**options)

    def _import(self, file, source, index, encoding, unpublish_missing, verbosity, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("File not found: %(file)s") % {"file": file})
        indexes = CareerIndexPage.objects.all()
        parent = (indexes.filter(slug=index) if index else indexes).first()
        if parent is None:
            raise CommandError(_("There is no career index page to import into. Create 'Werken en leren' first."))
        try:
            rows = read_feed(path.read_bytes(), path.name, encoding)
        except FeedError as error:
            raise CommandError(str(error)) from None
        show_progress = verbosity > 0 and len(rows) >= PROGRESS_FROM_ROWS
        result = import_rows(
            rows,
            parent,
            (source or path.stem)[:60],
            unpublish_missing=unpublish_missing,
            progress=self._progress if show_progress else None,
        )
        if show_progress:
            sys.stderr.write("\n")
        if result.created + result.updated >= ANALYZE_FROM_ROWS:
            refresh_statistics()
        for line, external_id, message in result.failed:
            self.stderr.write(
                _("Line %(line)s (%(id)s): %(message)s")
                % {"line": line, "id": external_id or _("no id"), "message": message}
            )
        summary = _("%(created)s created, %(updated)s updated, %(unchanged)s unchanged, %(failed)s failed") % {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "failed": len(result.failed),
        }
        if unpublish_missing:
            summary += _(", %(count)s unpublished") % {"count": result.unpublished}
        self.stdout.write(summary + ".")
        if result.failed:
            # Non-zero, so cron (and whoever reads its mail) notices; the good rows are saved.
            raise CommandError(_("%(count)s rows could not be imported.") % {"count": len(result.failed)}, returncode=3)

    def _progress(self, done, total, width=30):
        if done == total or done % 25 == 0:
            filled = width * done // total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            sys.stderr.flush()
