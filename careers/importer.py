"""Import careers from a partner's or a public job feed (CSV or JSON).

Each row is matched on (source, external id): new ids create a page, known
ids update it, identical rows are left alone. Every row is checked before
anything is written and saved in its own transaction, so a bad row is reported
(with its line number) and never leaves a half-made page.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from careers.choices import Contract, EducationLevel, Kind, SalaryUnit
from careers.models import CareerPage, Organisation
from home.models import Municipality, TargetGroup, Theme

COLUMNS = (
    "external_id",
    "title",
    "organisation",
    "kind",
    "sector",
    "education_level",
    "hours_min",
    "hours_max",
    "contract",
    "municipality",
    "street_address",
    "postal_code",
    "city",
    "salary_min",
    "salary_max",
    "salary_unit",
    "introduction",
    "description",
    "requirements",
    "apply_url",
    "apply_email",
    "date_posted",
    "valid_through",
    "english_friendly",
    "target_groups",
)
REQUIRED = ("external_id", "title", "organisation", "kind", "sector", "education_level", "description", "valid_through")
TEXT_FIELDS = ("title", "street_address", "postal_code", "city", "introduction", "apply_url", "apply_email")
# The page fields an import compares to decide "unchanged": every column but the id and the groups,
# with relations by their key.
RELATIONS = ("organisation", "sector", "municipality")
COMPARED = tuple(
    f"{column}_id" if column in RELATIONS else column
    for column in COLUMNS
    if column not in ("external_id", "target_groups")
)
TRUE, FALSE = {"1", "ja", "yes", "true", "waar", "y", "j"}, {"0", "nee", "no", "false", "onwaar", "n", ""}


class FeedError(Exception):
    """The file as a whole cannot be read (encoding, format): nothing was imported."""


class RowError(Exception):
    pass


@dataclass
class Result:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0
    failed: list = field(default_factory=list)  # (line, external id, message)


def read_feed(data, name="", encoding="utf-8"):
    """[(line number, row dict)] from CSV or JSON bytes."""
    try:
        text = data.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FeedError(
            _(
                "The file is not valid %(encoding)s (line %(line)s). Save it as UTF-8, or give its encoding "
                "with --encoding (for example cp1252)."
            )
            % {"encoding": encoding.upper(), "line": line}
        ) from None
    except LookupError:
        raise FeedError(_("Unknown encoding: %(encoding)s.") % {"encoding": encoding}) from None
    if name.lower().endswith(".json") or text.lstrip().startswith(("[", "{")):
        return _read_json(text)
    return _read_csv(text)


def _read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FeedError(
            _("The JSON is not valid: %(error)s (line %(line)s).") % {"error": error.msg, "line": error.lineno}
        ) from None
    items = data.get("careers") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise FeedError(_("The JSON must be a list of careers, or an object with a list under 'careers'."))
    return [(number, item) for number, item in enumerate(items, start=1)]


def _read_csv(text):
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [name.strip() for name in reader.fieldnames or []]
    missing = [column for column in REQUIRED if column not in headers]
    if missing:
        raise FeedError(_("The CSV misses the columns: %(columns)s.") % {"columns": ", ".join(missing)})
    reader.fieldnames = headers
    rows, previous = [], reader.line_num
    for row in reader:
        rows.append((previous + 1, row))  # the line the record starts on, also when a field spans lines
        previous = reader.line_num
    return rows


class Vocabulary:
    """Lookups by slug, value, code or name, loaded once per import."""

    def __init__(self):
        self.sectors = self._index(Theme.objects.canonical(), "slug", "name")
        self.municipalities = self._index(Municipality.objects.canonical(), "slug", "name")
        self.groups = self._index(TargetGroup.objects.canonical(), "slug", "name")
        self.organisations = {o.name.lower(): o for o in Organisation.objects.canonical()}

    @staticmethod
    def _index(queryset, *attributes):
        return {str(getattr(obj, attribute)).lower(): obj for obj in queryset for attribute in attributes}


def _choice(value, choices, label):
    """A choice from its value or its label, in Dutch or English ('vacature', 'Vacancy', 'MBO 4')."""
    wanted = " ".join(value.strip().lower().replace("-", " ").split())
    compact = wanted.replace(" ", "")
    for choice_value, choice_label in choices.choices:
        with translation.override("en"):
            english = str(choice_label).lower()
        names = {choice_value.lower().replace("-", " "), str(choice_label).lower(), english}
        if wanted in names or compact in {name.replace(" ", "") for name in names}:
            return choice_value
    raise RowError(
        _("%(field)s: unknown value '%(value)s'. Use one of: %(choices)s.")
        % {"field": label, "value": value[:40], "choices": ", ".join(choices.values)}
    )


def _number(value, label, kind=int):
    value = value.strip().replace(",", ".") if isinstance(value, str) else value
    if value in ("", None):
        return None
    try:
        number = kind(value) if kind is int else Decimal(str(value)).quantize(Decimal("0.01"))
        if kind is int and str(number) != str(value).strip():
            raise ValueError
    except (ValueError, InvalidOperation):
        raise RowError(
            _("%(field)s: '%(value)s' is not a number.") % {"field": label, "value": str(value)[:40]}
        ) from None
    if number < 0:
        raise RowError(_("%(field)s: cannot be negative.") % {"field": label})
    return number


def _date(value, label):
    value = (value or "").strip()
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise RowError(_("%(field)s: '%(value)s' is not a date (use YYYY-MM-DD).") % {"field": label, "value": value[:40]})


def _rich_text(value):
    """Plain text from the feed as paragraphs; any HTML in it is shown as text, never run."""
    paragraphs = [" ".join(part.split()) for part in str(value or "").replace("\r", "").split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs if part)


def parse_row(row, vocabulary):
    """The page's field values and target groups for one feed row; RowError when it cannot be used."""
    if not isinstance(row, dict):
        raise RowError(_("This entry is not a career (expected an object with fields)."))
    row = {key.strip(): ("" if value is None else value) for key, value in row.items() if isinstance(key, str)}
    for column in REQUIRED:
        if not str(row.get(column, "")).strip():
            raise RowError(_("%(field)s is required.") % {"field": column})
    values = {name: str(row.get(name, "")).strip() for name in TEXT_FIELDS}
    values["kind"] = _choice(str(row["kind"]), Kind, "kind")
    values["education_level"] = _choice(str(row["education_level"]), EducationLevel, "education_level")
    values["contract"] = _choice(str(row.get("contract") or "vast"), Contract, "contract")
    values["salary_unit"] = _choice(str(row.get("salary_unit") or "MONTH"), SalaryUnit, "salary_unit")
    values["hours_min"] = _number(row.get("hours_min"), "hours_min")
    values["hours_max"] = _number(row.get("hours_max"), "hours_max")
    # One number of hours means exactly that many (as CareerPage.save does).
    values["hours_min"] = values["hours_min"] or values["hours_max"]
    values["hours_max"] = values["hours_max"] or values["hours_min"]
    values["salary_min"] = _number(row.get("salary_min"), "salary_min", Decimal)
    values["salary_max"] = _number(row.get("salary_max"), "salary_max", Decimal)
    values["description"] = _rich_text(row["description"])
    values["requirements"] = _rich_text(row.get("requirements"))
    values["valid_through"] = _date(str(row["valid_through"]), "valid_through")
    values["date_posted"] = (
        _date(str(row["date_posted"]), "date_posted") if str(row.get("date_posted", "")).strip() else None
    )
    english = str(row.get("english_friendly", "")).strip().lower()
    if english not in TRUE | FALSE:
        raise RowError(_("english_friendly: use ja or nee."))
    values["english_friendly"] = english in TRUE

    sector = vocabulary.sectors.get(str(row["sector"]).strip().lower())
    if sector is None:
        raise RowError(_("sector: unknown sector '%(value)s'.") % {"value": str(row["sector"])[:40]})
    values["sector_id"] = sector.pk
    municipality = vocabulary.municipalities.get(str(row.get("municipality", "")).strip().lower())
    if municipality is None and values["postal_code"]:
        municipality = Municipality.objects.for_postcode(values["postal_code"]).first()
    if municipality is None:
        raise RowError(
            _("municipality: '%(value)s' is not a municipality of the region (and the postcode is not either).")
            % {"value": str(row.get("municipality", ""))[:40]}
        )
    values["municipality_id"] = municipality.pk
    groups = []
    for name in str(row.get("target_groups", "")).replace("|", ";").split(";"):
        if name.strip():
            group = vocabulary.groups.get(name.strip().lower())
            if group is None:
                raise RowError(_("target_groups: unknown target group '%(value)s'.") % {"value": name.strip()[:40]})
            groups.append(group.pk)
    organisation_name = " ".join(str(row["organisation"]).split())[:160]
    return values, sorted(set(groups)), organisation_name


def _organisation(name, values, vocabulary):
    """The organisation by name; created if new (the caller adds it to the lookup once the row is saved)."""
    organisation = vocabulary.organisations.get(name.lower())
    if organisation is None:
        organisation = Organisation.objects.create(
            name=name, sector_id=values["sector_id"], municipality_id=values["municipality_id"]
        )
    return organisation


def _errors(error):
    if hasattr(error, "message_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    return " ".join(error.messages)


def _unchanged(page, values, groups):
    current = {name: getattr(page, name) for name in COMPARED}
    wanted = {**current, **{name: value for name, value in values.items() if name in COMPARED}}
    return page.live and current == wanted and sorted(page.target_groups.values_list("pk", flat=True)) == groups


def import_rows(rows, index, source, unpublish_missing=False, progress=None):
    """Create, update or leave alone one career page per row; returns a Result."""
    result, vocabulary = Result(), Vocabulary()
    seen = {}
    existing = {page.external_id: page for page in CareerPage.objects.filter(external_source=source)}
    for position, (line, row) in enumerate(rows, start=1):
        if progress:
            progress(position, len(rows))
        external_id = str(row.get("external_id", "")).strip()[:120] if isinstance(row, dict) else ""
        if external_id in seen:
            result.failed.append(
                (line, external_id, _("duplicate external id (first on line %(line)s)") % {"line": seen[external_id]})
            )
            continue
        if external_id:
            seen[external_id] = line
        try:
            values, groups, organisation_name = parse_row(row, vocabulary)
            page = existing.get(external_id)
            with transaction.atomic():
                organisation = _organisation(organisation_name, values, vocabulary)
                values["organisation_id"] = organisation.pk
                unchanged = page is not None and _unchanged(page, values, groups)
                if not unchanged:
                    _save(page, index, source, external_id, values, groups)
            vocabulary.organisations.setdefault(organisation_name.lower(), organisation)
            if unchanged:
                result.unchanged += 1
            elif page is None:
                result.created += 1
            else:
                result.updated += 1
        except RowError as error:
            result.failed.append((line, external_id, str(error)))
        except ValidationError as error:
            result.failed.append((line, external_id, _errors(error)))
    if unpublish_missing:
        for external_id, page in existing.items():
            if external_id not in seen and page.live:
                page.unpublish()
                result.unpublished += 1
    return result


def _free_slug(index, values, external_id):
    base = f"{slugify(values['title'])[:60]}-{slugify(external_id)[:40]}".strip("-") or "career"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _save(page, index, source, external_id, values, groups):
    if values["date_posted"] is None:
        values.pop("date_posted")
    if page is None:
        page = CareerPage(
            external_source=source, external_id=external_id, slug=_free_slug(index, values, external_id), **values
        )
        index.add_child(instance=page)
        page.target_groups.set(groups)
    else:
        for name, value in values.items():
            setattr(page, name, value)
        page.target_groups.set(groups)
        page.full_clean()
    page.save_revision().publish()
