"""Every periodic command in one table, run by one scheduler process (``manage.py run_scheduler``).

One process instead of cron lines or systemd timers: the schedule lives in the code next to
the commands, `make prod` and a single server need nothing else, and with several app
servers every one may run a scheduler: a job is claimed in the shared cache before it runs,
so it runs once per slot however many schedulers there are. Each job runs as its own
``manage.py`` process, so a crash or a leak in one job never takes the scheduler down.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


@dataclass(frozen=True)
class Job:
    command: tuple
    every_minutes: int = 0  # every N minutes, on the clock (0, 5, 10 …)
    at: str = ""  # or daily at HH:MM, or hourly at :MM ("*:05"), local time

    @property
    def name(self):
        return self.command[0]

    def slot(self, now):
        """The current slot (a label) when the job is due in the minute ``now`` falls in, else None."""
        local = timezone.localtime(now)
        if self.every_minutes:
            return local.strftime("%Y-%m-%dT%H:%M") if local.minute % self.every_minutes == 0 else None
        hour, minute = self.at.split(":")
        if int(minute) != local.minute or (hour != "*" and int(hour) != local.hour):
            return None
        return local.strftime("%Y-%m-%dT%H:%M")


SCHEDULE = [
    Job(("recover_tasks",), every_minutes=5),
    Job(("rollup_analytics",), at="*:05"),
    Job(("expire_consents",), at="03:15"),
    Job(("prune_tasks",), at="03:30"),
    Job(("anonymise_registrations",), at="03:45"),
    Job(("send_job_alerts",), at="06:30"),
    Job(("send_newsletter",), at="07:00"),  # sends on REGIO_NEWSLETTER_WEEKDAY only
    Job(("send_event_reminders",), at="08:00"),
]


def jobs():
    """The schedule, plus the daily career import when a partner feed is configured."""
    found = list(SCHEDULE)
    if settings.REGIO_CAREER_FEED:
        found.append(
            Job(
                ("import_careers", settings.REGIO_CAREER_FEED, "--source", "partner", "--unpublish-missing"), at="05:00"
            )
        )
    return found


def due(now=None):
    """The jobs due in this minute that no scheduler has claimed yet (claiming them)."""
    now = now or timezone.now()
    claimed = []
    for job in jobs():
        slot = job.slot(now)
        if slot and cache.add(f"regio:schedule:{job.name}:{slot}", 1, 3600):
            claimed.append(job)
    return claimed


def next_minute(now=None):
    now = now or timezone.now()
    return (now + datetime.timedelta(minutes=1)).replace(second=0, microsecond=0)
