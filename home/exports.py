"""Spreadsheet exports that cannot run formulas (OWASP CSV injection).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(or their full-width forms) is read as a formula by Excel, LibreOffice and
Google Sheets. ``safe_cell`` prefixes such text with an apostrophe, so it shows
as typed and never runs. Every CSV the project writes goes through it: our own
exports directly, and Wagtail's list exports through ``protect_wagtail_exports``.
(XLSX cells are written as text, which spreadsheets never evaluate.)

The same patch makes the exports read their rows in chunks (``QuerySet.iterator``), so
exporting 100,000 registrations streams in constant memory instead of loading them all.
"""

EXPORT_CHUNK = 2000

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values):
    return [safe_cell(value) for value in values]


def protect_wagtail_exports():
    """Make the CSV export of every Wagtail listing (snippets, pages, reports) formula-safe."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_regio_safe", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        result = preprocess(self, field, value, export_format)
        return safe_cell(result) if export_format == self.FORMAT_CSV else result

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.stream_csv = _chunked(SpreadsheetExportMixin.stream_csv)
    SpreadsheetExportMixin.write_xlsx = _chunked(SpreadsheetExportMixin.write_xlsx)
    SpreadsheetExportMixin._regio_safe = True


class ChunkedRows:
    """A queryset's rows read in chunks: iterable like the queryset, never cached whole; ``.model`` for headings."""

    def __init__(self, queryset):
        self.queryset, self.model = queryset, queryset.model

    def __iter__(self):
        return self.queryset.iterator(chunk_size=EXPORT_CHUNK)


def _chunked(method):
    def wrapper(self, queryset, *args, **kwargs):
        rows = ChunkedRows(queryset) if hasattr(queryset, "iterator") else queryset
        return method(self, rows, *args, **kwargs)

    return wrapper
