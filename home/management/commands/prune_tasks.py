from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.choices import MailState
from home.models import OutgoingMail


class Command(BaseCommand):
    help = (
        "Delete finished background-task results and records of sent e-mails older than --days "
        "(default REGIO_TASK_RESULT_DAYS, 7). Failed e-mails stay until staff resend or delete them. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.REGIO_TASK_RESULT_DAYS)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - timedelta(days=days)
        mails, _detail = OutgoingMail.objects.filter(state=MailState.SENT, sent_at__lt=cutoff).delete()
        tasks = 0
        if "django_tasks_db" in settings.INSTALLED_APPS:
            from django_tasks.base import TaskResultStatus
            from django_tasks_db.models import DBTaskResult

            tasks, _detail = DBTaskResult.objects.filter(
                status__in=(TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED),
                finished_at__lt=cutoff,
            ).delete()
        self.stdout.write(f"Deleted {tasks} finished task results and {mails} sent-mail records.")
