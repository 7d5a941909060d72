from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from home.mail import enqueue, stalled_mails


class Command(BaseCommand):
    help = (
        "Take up work that a killed worker left behind: database tasks RUNNING for longer than "
        "REGIO_TASK_TIMEOUT_SECONDS go back to the queue, and e-mails that no task is sending are "
        "queued again (each is still sent at most once). Run every 5 minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=int,
            default=None,
            help="Seconds after which running work counts as abandoned (default: the setting).",
        )

    def handle(self, *args, timeout=None, **options):
        timeout = settings.REGIO_TASK_TIMEOUT_SECONDS if timeout is None else timeout
        cutoff = timezone.now() - timedelta(seconds=timeout)
        tasks = 0
        if "django_tasks_db" in settings.INSTALLED_APPS:
            from django_tasks.base import TaskResultStatus
            from django_tasks_db.models import DBTaskResult

            tasks = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff).update(
                status=TaskResultStatus.READY,
                started_at=None,
            )
        mails = 0
        for mail in stalled_mails(cutoff):
            with transaction.atomic():
                enqueue(mail)
            mails += 1
        self.stdout.write(f"Requeued {tasks} abandoned tasks and {mails} stalled e-mails.")
