"""Many live career pages at once, for scale tests and benchmarks.

Skips revisions and the search index (what the importer does per page), and
writes the page tree rows directly, so 10,000 careers take seconds, not hours.
Not for content: editors and imports go through Wagtail.
"""

import itertools

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from careers.choices import HOURS_RANGES, Contract, EducationLevel, Kind
from careers.models import CareerPage
from home.caching import bump_content_version
from home.dates import add_years

BATCH = 500


@transaction.atomic
def create_careers(index, count, organisation, sectors, municipalities, groups=(), today=None, prefix="bulk"):
    """``count`` live careers under ``index``, cycling through every kind, level, contract and hours range."""
    today = today or timezone.localdate()
    index = Page.objects.get(pk=index.pk)
    content_type = ContentType.objects.get_for_model(CareerPage)
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()
    cycles = zip(
        itertools.cycle(Kind.values),
        itertools.cycle(EducationLevel.values),
        itertools.cycle(Contract.values),
        itertools.cycle(HOURS_RANGES),
        itertools.cycle(sectors),
        itertools.cycle(municipalities[::-1] * 2 + municipalities),
    )
    for start in range(0, count, BATCH):
        pages = []
        for number in range(start, min(count, start + BATCH)):
            kind, level, contract, (_v, _l, low, high), sector, municipality = next(cycles)
            slug = f"{prefix}-{number}"
            page = CareerPage(
                title=f"{Kind(kind).label} {number}",
                draft_title=f"{Kind(kind).label} {number}",
                slug=slug,
                content_type=content_type,
                path=Page._get_path(index.path, index.depth + 1, step + number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                first_published_at=now,
                last_published_at=now,
                locale_id=index.locale_id,
                organisation=organisation,
                kind=kind,
                sector=sector,
                education_level=level,
                contract=contract,
                hours_min=low,
                hours_max=min(high, 40),
                municipality=municipality,
                english_friendly=number % 3 == 0,
                description="<p>Een baan in de regio.</p>",
                apply_url="https://example.org/apply",
                date_posted=today,
                valid_through=add_years(today, 1),
            )
            pages.append(page)
        Page.objects.bulk_create(pages)  # the tree rows
        for page in pages:
            page.page_ptr_id = page.id
            page.save_base(raw=True)  # the CareerPage row only
        through = CareerPage.target_groups.through
        through.objects.bulk_create(
            through(careerpage_id=page.pk, targetgroup_id=groups[n % len(groups)].pk)
            for n, page in enumerate(pages)
            if groups
        )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    bump_content_version()  # cached listings and facet indexes are renewed
