import datetime

import pytest
from freezegun import freeze_time

from django.utils import timezone

from tests.builders import make_home, make_municipality, make_target_group, make_theme

TZ = timezone.get_current_timezone()


def at(day, hour=0, minute=0):
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour, minute), tzinfo=TZ)


class Agenda:
    def __init__(self):
        from events.models import EventIndexPage

        self.home = make_home()
        self.index = EventIndexPage(title="Evenementen", slug="evenementen")
        self.home.add_child(instance=self.index)
        self.index.save_revision().publish()
        self.pupils = make_target_group("Scholieren", "scholier")
        self.seekers = make_target_group("Werkzoekenden", "werkzoekende")
        self.care = make_theme("Zorg")
        self.roermond = make_municipality("Roermond", [(6040, 6047)])

    def event(self, title, start="2026-12-10 15:00", hours=3, groups=(), themes=(), questions=(), **kwargs):
        from events.models import EventPage, EventQuestion

        begin = at(*start.split(" ")[:1], *map(int, start.split(" ")[1].split(":")))
        values = {"venue_name": "ECI Cultuurfabriek", "address": "Lindanusstraat 1, 6041 EC Roermond", **kwargs}
        event = EventPage(title=title, start=begin, end=begin + datetime.timedelta(hours=hours), **values)
        event.target_groups = list(groups)
        event.themes = list(themes)
        self.index.add_child(instance=event)
        for label, choices, required in questions:
            EventQuestion.objects.create(event=event, label=label, choices=choices, required=required)
        event.save_revision().publish()
        return event


# The day the agenda's dates are written for; tests that use it run on that day (the clock ticks).
TODAY = "2026-11-22 10:00"


@pytest.fixture
def agenda(db):
    with freeze_time(TODAY, tick=True):
        yield Agenda()


def form(email="sanne@example.org", **changes):
    return {
        "name": "Sanne Janssen",
        "email": email,
        "postcode": "6041 AB",
        "target_group": "",
        "consent": "on",
        "website": "",
        **changes,
    }
