"""The large data set of the scale benchmark: 10,000 stories, 10,000 careers, 2,000 events, 100,000 registrations.

Added to the demo's own indexes (so the pages a visitor opens hold them), written directly
like careers/bulk.py: tree rows in bulk, no revisions. Afterwards the search index is
rebuilt for the new pages and the planner statistics refreshed.

    DATABASE_URL=… .venv/bin/python bench/scale.py      # once, after load_demo
"""

import datetime
import itertools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regiosite.settings.production")

STORIES, CAREERS, EVENTS, REGISTRATIONS_PER_EVENT = 10_000, 10_000, 2_000, 50


def main():
    import django

    django.setup()
    from django.db import transaction
    from django.utils import timezone

    from careers.bulk import create_careers
    from careers.models import CareerIndexPage, Organisation
    from events.models import EventIndexPage, EventPage, Registration, Status
    from home.bulk import bulk_pages
    from home.caching import bump_content_version
    from home.db import refresh_statistics
    from home.models import Municipality, TargetGroup, Theme
    from stories.models import StoryIndexPage, StoryPage

    if StoryPage.objects.filter(slug="schaal-0").exists():
        print("The large data set is already there.")
        return
    today = timezone.localdate()
    groups, themes = list(TargetGroup.objects.canonical()), list(Theme.objects.canonical())
    places = list(Municipality.objects.canonical())
    words = ["haven", "zorg", "techniek", "Maas", "fietsen", "startup", "school", "familie", "campus", "festival"]
    with transaction.atomic():
        stories = bulk_pages(
            StoryIndexPage.objects.first(),
            StoryPage,
            STORIES,
            "schaal",
            lambda n: {
                "title": f"Verhaal {n} over {words[n % 10]} in {places[n % len(places)].name}",
                "introduction": f"Een verhaal over {words[n % 10]} en {words[(n * 3) % 10]}.",
                "author": "Redactie Regio",
                "publication_date": today - datetime.timedelta(days=n % 900),
                "municipality": places[n % len(places)],
                "body": [{"type": "paragraph", "value": f"<p>Tekst {n} over {words[n % 10]}.</p>"}],
                "reading_minutes": 2,
            },
        )
        for model_field, values, attr in (("targetgroup", groups, "target_groups"), ("theme", themes, "themes")):
            through = getattr(StoryPage, attr).through
            through.objects.bulk_create(
                [
                    through(**{"storypage_id": p.pk, f"{model_field}_id": values[n % len(values)].pk})
                    for n, p in enumerate(stories)
                ],
                batch_size=2000,
            )
        careers = CareerIndexPage.objects.first()
        create_careers(
            careers, CAREERS, Organisation.objects.canonical().first(), themes, places, groups, prefix="schaal"
        )
        tz = timezone.get_current_timezone()
        events = bulk_pages(
            EventIndexPage.objects.first(),
            EventPage,
            EVENTS,
            "schaal-evenement",
            lambda n: {
                "title": f"Evenement {n}: {words[n % 10]}",
                "introduction": f"Een middag over {words[n % 10]}.",
                "start": datetime.datetime.combine(
                    today + datetime.timedelta(days=n % 400 - 100), datetime.time(10 + n % 8), tzinfo=tz
                ),
                "end": datetime.datetime.combine(
                    today + datetime.timedelta(days=n % 400 - 100), datetime.time(12 + n % 8), tzinfo=tz
                ),
                "venue_name": "ECI Cultuurfabriek",
                "address": "Lindanusstraat 1, 6041 EC Roermond",
                "capacity": 100,
                "waiting_list": True,
                "body": [{"type": "paragraph", "value": "<p>Programma.</p>"}],
            },
        )
        through = EventPage.target_groups.through
        through.objects.bulk_create(
            [through(eventpage_id=e.pk, targetgroup_id=groups[n % len(groups)].pk) for n, e in enumerate(events)],
            batch_size=2000,
        )
        now = timezone.now()
        counter = itertools.count()
        Registration.objects.bulk_create(
            (
                Registration(
                    event=event,
                    name=f"Bezoeker {k}",
                    email=f"schaal-{next(counter)}@example.org",
                    postcode="6041 AB",
                    target_group=groups[k % len(groups)],
                    status=Status.CONFIRMED,
                    created_at=now,
                    consent_at=now,
                    status_changed_at=now,
                )
                for event in events
                for k in range(REGISTRATIONS_PER_EVENT)
            ),
            batch_size=5000,
        )
    bump_content_version()
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    from careers.models import CareerPage

    for model, pages in ((StoryPage, stories), (EventPage, events)):
        backend.add_bulk(model, model.objects.filter(pk__in=[p.pk for p in pages]))
    backend.add_bulk(CareerPage, CareerPage.objects.filter(slug__startswith="schaal-"))
    refresh_statistics()
    registrations = EVENTS * REGISTRATIONS_PER_EVENT
    print(f"Added {STORIES} stories, {CAREERS} careers, {EVENTS} events, {registrations} registrations.")


if __name__ == "__main__":
    main()
