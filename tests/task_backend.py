"""The task backend of the test suite: the production database queue, worked off at once.

``enqueue`` writes the task row exactly as ``django_tasks_db.DatabaseBackend``
does (in the caller's transaction), then runs it inline like the worker would,
unless it is deferred (a retry): those wait for ``run_worker()``. Tests see
mails in ``mail.outbox`` straight away and still exercise the real queue.
"""

from django_tasks_db.backend import DatabaseBackend

from django.utils import timezone


class InlineDatabaseBackend(DatabaseBackend):
    def enqueue(self, task, args, kwargs):
        if task.module_path.startswith("modelsearch."):
            # Search index updates (one per saved page) run at once, past the queue: the queue is
            # exercised by Regio's own tasks, and this keeps a page save in a test cheap.
            task.func(*args, **kwargs)
            return None
        result = super().enqueue(task, args, kwargs)
        if task.run_after is None or task.run_after <= timezone.now():
            run_ready(result.id)
        return self.get_result(result.id)


def run_ready(task_id=None):
    """Run ready tasks (one, or all) as db_worker does."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    tasks = DBTaskResult.objects.ready()
    if task_id is not None:
        tasks = tasks.filter(id=task_id)
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
    )
    for db_task in tasks.order_by("enqueued_at"):
        db_task.claim("tests")
        worker.run_task(db_task)
        db_task.refresh_from_db()
        if db_task.status == "FAILED":  # a bug in a task must fail the test, not vanish in the queue
            raise AssertionError(f"Task {db_task.task_path} failed:\n{db_task.traceback}")
