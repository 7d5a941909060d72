"""Parallel sign-ups and cancellations against PostgreSQL (CI runs the suite there): never overbooked."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from django.db import connection, connections

from events import booking as service
from events.models import Registration

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL; SQLite serialises writes"),
]


def in_threads(func, items, workers=20):
    def run(item):
        try:
            return func(item)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(run, items))


def test_200_parallel_signups_for_100_places(agenda):
    event = agenda.event("Regiodag", capacity=100, waiting_list=True)
    outcomes = in_threads(lambda n: service.register(event, f"P{n}", f"p{n}@example.org", "6041 AB")[1], range(200))
    assert outcomes.count("confirmed") == 100 and outcomes.count("waiting") == 100
    assert Registration.objects.filter(status="confirmed").count() == 100
    assert Registration.objects.filter(status="waiting").count() == 100
    assert Registration.objects.values("email").distinct().count() == 200


def test_same_address_in_parallel_is_one_registration(agenda):
    event = agenda.event("Regiodag", capacity=100)
    outcomes = in_threads(lambda n: service.register(event, "Sanne", "sanne@example.org", "6041 AB")[1], range(20))
    assert outcomes.count("confirmed") == 1 and outcomes.count("duplicate") == 19
    assert Registration.objects.count() == 1


def test_cancellations_racing_signups_never_overbook(agenda):
    event = agenda.event("Regiodag", capacity=50, waiting_list=True)
    for n in range(70):
        service.register(event, f"P{n}", f"p{n}@example.org", "6041 AB")
    leaving = list(Registration.objects.filter(status="confirmed")[:25])

    def act(item):
        kind, value = item
        if kind == "cancel":
            service.cancel(value)
        else:
            service.register(event, f"N{value}", f"n{value}@example.org", "6041 AB")

    work = [("cancel", r) for r in leaving] + [("signup", n) for n in range(60)]
    work = [item for pair in zip(work[::2], work[1::2]) for item in pair] + ([work[-1]] if len(work) % 2 else [])
    in_threads(act, work)
    assert Registration.objects.filter(status="confirmed").count() == 50  # full again, not more
    assert Registration.objects.filter(status="cancelled").count() == 25
    assert Registration.objects.count() == 130
    waiting = Registration.objects.filter(status="waiting").count()
    assert waiting == 130 - 50 - 25
