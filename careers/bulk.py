"""Many live career pages at once, for scale tests and benchmarks.

Skips revisions and the search index (what the importer does per page), and
writes the page tree rows directly, so 10,000 careers take seconds, not hours.
Not for content: editors and imports go through Wagtail.
"""

import itertools

from django.db import transaction
from django.utils import timezone

from careers.choices import HOURS_RANGES, Contract, EducationLevel, Kind
from careers.models import CareerPage
from home.bulk import bulk_pages
from home.caching import bump_content_version
from home.dates import add_years


@transaction.atomic
def create_careers(index, count, organisation, sectors, municipalities, groups=(), today=None, prefix="bulk"):
    """``count`` live careers under ``index``, cycling through every kind, level, contract and hours range."""
    today = today or timezone.localdate()
    cycles = zip(
        itertools.cycle(Kind.values),
        itertools.cycle(EducationLevel.values),
        itertools.cycle(Contract.values),
        itertools.cycle(HOURS_RANGES),
        itertools.cycle(sectors),
        itertools.cycle(municipalities[::-1] * 2 + municipalities),
    )

    def fields(number):
        kind, level, contract, (_v, _l, low, high), sector, municipality = next(cycles)
        return {
            "title": f"{Kind(kind).label} {number}",
            "organisation": organisation,
            "kind": kind,
            "sector": sector,
            "education_level": level,
            "contract": contract,
            "hours_min": low,
            "hours_max": min(high, 40),
            "municipality": municipality,
            "english_friendly": number % 3 == 0,
            "description": "<p>Een baan in de regio.</p>",
            "apply_url": "https://example.org/apply",
            "date_posted": today,
            "valid_through": add_years(today, 1),
        }

    pages = bulk_pages(index, CareerPage, count, prefix, fields)
    if groups:
        through = CareerPage.target_groups.through
        through.objects.bulk_create(
            [through(careerpage_id=page.pk, targetgroup_id=groups[n % len(groups)].pk) for n, page in enumerate(pages)],
            batch_size=2000,
        )
    bump_content_version()  # cached listings and facet indexes are renewed
    return pages
