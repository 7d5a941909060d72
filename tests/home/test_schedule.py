import datetime

import pytest
from freezegun import freeze_time

from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from home.schedule import due, jobs

pytestmark = pytest.mark.django_db


def at(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def names(now):
    return sorted(job.name for job in due(at(now)))


def test_every_periodic_command_is_scheduled_when_the_readme_says():
    assert names("2026-11-24 03:15") == ["expire_consents", "recover_tasks"]
    assert names("2026-11-24 03:45") == ["anonymise_registrations", "recover_tasks"]
    assert names("2026-11-24 06:30") == ["recover_tasks", "send_job_alerts"]
    assert names("2026-11-24 08:00") == ["recover_tasks", "send_event_reminders"]
    assert names("2026-11-24 14:05") == ["recover_tasks", "rollup_analytics"]
    assert names("2026-11-24 14:06") == []
    assert {job.name for job in jobs()} >= {"prune_tasks", "expire_consents", "recover_tasks"}


def test_a_slot_runs_once_however_many_schedulers_run(settings):
    assert names("2026-11-24 03:30") == ["prune_tasks", "recover_tasks"]
    assert names("2026-11-24 03:30") == []  # a second scheduler (another app server) finds them claimed


def test_the_partner_feed_import_is_scheduled_when_configured(settings):
    settings.REGIO_CAREER_FEED = "/srv/feeds/partner.csv"
    assert "import_careers" in names("2026-11-24 05:00")


def test_run_scheduler_lists_its_schedule_and_stops_after_one_round_with_once(capsys):
    with freeze_time(at("2026-11-24 14:06")):  # nothing due: the command returns at once
        call_command("run_scheduler", "--once")
    assert "Scheduler: recover_tasks" in capsys.readouterr().out
