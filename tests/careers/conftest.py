import pytest
from freezegun import freeze_time

from tests.builders import (
    make_career,
    make_career_index,
    make_home,
    make_municipality,
    make_organisation,
    make_target_group,
    make_theme,
)


class World:
    """A small region with careers that differ in every filter dimension."""

    def __init__(self):
        self.home = make_home()
        self.index = make_career_index(self.home, per_page=3)
        self.pupils = make_target_group("Scholieren", "scholier")
        self.seekers = make_target_group("Werkzoekenden", "werkzoekende")
        self.care = make_theme("Zorg")
        self.logistics = make_theme("Logistiek")
        self.weert = make_municipality("Weert", [(6000, 6006)])
        self.roermond = make_municipality("Roermond", [(6040, 6047)])
        self.hospital = make_organisation("Laurentius Zorggroep", website="https://example.org/laurentius")
        self.warehouse = make_organisation("Roerdal Logistics")

    def career(self, title, publish=False, **kwargs):
        """A live career. Unless ``publish`` (a revision, published with its signals) it is added as a
        published page looks, without a revision: a third of the time, for the fixtures."""
        from django.utils import timezone

        values = {"organisation": self.hospital, "sector": self.care, "municipality": self.roermond, **kwargs}
        if publish:
            return make_career(self.index, title, **values)
        now = timezone.now()
        return make_career(self.index, title, publish=False, first_published_at=now, last_published_at=now, **values)


# The day the careers' dates are written for; tests that use them run on that day (the clock ticks).
TODAY = "2026-11-22 10:00"


@pytest.fixture
def world(db):
    with freeze_time(TODAY, tick=True):
        yield World()


@pytest.fixture
def careers(world):
    """Six open careers (and one closed) across kinds, sectors, levels, hours, contracts and places."""
    w = world
    w.nurse = w.career(
        "Verpleegkundige SEH",
        education_level="hbo",
        hours_min=24,
        hours_max=36,
        groups=[w.seekers],
        date_posted="2026-11-01",
        valid_through="2027-01-15",
    )
    w.carer = w.career(
        "Verzorgende IG",
        education_level="mbo-3",
        hours_min=12,
        hours_max=20,
        contract="tijdelijk",
        municipality=w.weert,
        groups=[w.seekers],
        date_posted="2026-11-10",
        valid_through="2027-02-15",
    )
    w.intern = w.career(
        "Stage doktersassistent",
        kind="stage",
        contract="stageovereenkomst",
        groups=[w.pupils],
        date_posted="2026-11-05",
        valid_through="2026-12-20",
    )
    w.picker = w.career(
        "Orderpicker",
        organisation=w.warehouse,
        sector=w.logistics,
        education_level="vmbo",
        english_friendly=True,
        groups=[w.seekers],
        date_posted="2026-11-12",
        valid_through="2027-01-10",
    )
    w.planner = w.career(
        "Planner transport",
        organisation=w.warehouse,
        sector=w.logistics,
        municipality=w.weert,
        date_posted="2026-10-28",
        valid_through="2027-01-20",
    )
    w.study = w.career(
        "Opleiding logistiek medewerker",
        kind="opleiding",
        organisation=w.warehouse,
        sector=w.logistics,
        education_level="mbo-2",
        hours_min=None,
        hours_max=None,
        contract="geen",
        groups=[w.pupils],
        date_posted="2026-10-01",
        valid_through="2027-08-31",
    )
    w.closed = w.career("Gesloten vacature", date_posted="2026-09-01", valid_through="2026-11-01")
    return w
