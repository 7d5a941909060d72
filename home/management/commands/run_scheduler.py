"""Runs every periodic command on its schedule (home/schedule.py); one process, restarted by systemd."""

import logging
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.schedule import due, jobs, next_minute

logger = logging.getLogger("regio.scheduler")
MANAGE = Path(settings.BASE_DIR) / "manage.py"


class Command(BaseCommand):
    help = "Run the periodic commands (anonymising, alerts, reminders, rollups, recovery) on their schedule."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run what is due this minute, then stop.")

    def handle(self, *args, once=False, **options):
        self.stopping = False
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.stdout.write(
            "Scheduler: " + ", ".join(f"{job.name} ({job.at or f'every {job.every_minutes} min'})" for job in jobs())
        )
        while not self.stopping:
            for job in due():
                self.run(job)
            if once:
                return
            pause = (next_minute() - timezone.now()).total_seconds()
            while pause > 0 and not self.stopping:
                time.sleep(min(pause, 1))
                pause -= 1

    def stop(self, *args):
        self.stopping = True

    def run(self, job):
        started = time.monotonic()
        result = subprocess.run([sys.executable, str(MANAGE), *job.command], capture_output=True, text=True)
        seconds = time.monotonic() - started
        if result.returncode:
            logger.error(
                "%s failed (exit %s) after %.1f s: %s", job.name, result.returncode, seconds, result.stderr[-2000:]
            )
        else:
            logger.info("%s done in %.1f s", job.name, seconds)
        self.stdout.write(f"{timezone.localtime():%H:%M} {job.name}: exit {result.returncode} ({seconds:.1f} s)")
