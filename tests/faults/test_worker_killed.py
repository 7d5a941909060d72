"""A db_worker killed (SIGKILL) while it sends a mail: the mail is taken up again and sent exactly once.

Real processes on a SQLite file of the test's own: the scenario process registers someone (the
mail task is committed with the registration), a worker starts sending and is killed mid-send,
``recover_tasks`` puts the abandoned work back, and a second worker delivers it.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests import db_template

BASE_DIR = Path(__file__).resolve().parents[2]


def run(env, *args, timeout=120):
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout, check=True
    )


def task_statuses(db):
    with sqlite3.connect(db) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT status FROM django_tasks_database_dbtaskresult WHERE task_path = 'home.mail.deliver'"
            )
        ]


def start_from_the_test_database(db):
    """Copy the migrated SQLite template of the test run into ``db`` (tests/db_template.py): ``migrate``
    then only has its post-migrate work left. Nothing is copied on PostgreSQL runs."""
    from django.db import connection

    if connection.vendor == "sqlite":
        shutil.copyfile(db_template.template_path(), db)


def test_a_worker_killed_mid_send_loses_no_mail_and_sends_it_once(tmp_path):
    db, mailbox = tmp_path / "regio.sqlite3", tmp_path / "mailbox"
    mailbox.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "regiosite.settings.production",
        "SECRET_KEY": "worker-fault-test-" + "x" * 40,
        "DATABASE_URL": f"sqlite:///{db}",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "EMAIL_BACKEND": "tests.faults.mailbox.FolderBackend",
        "REGIO_TEST_MAILBOX": str(mailbox),
        "REGIO_TASK_TIMEOUT_SECONDS": "1",
        "WAGTAILADMIN_BASE_URL": "http://regio.example",
        "REGIO_BASE_URL": "http://regio.example",
    }
    env.pop("REDIS_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    start_from_the_test_database(db)
    run(env, "manage.py", "migrate", "--noinput", "-v0", timeout=180)
    assert run(env, "-m", "tests.faults.worker_scenario").stdout.strip() == "confirmed"
    assert task_statuses(db) == ["READY"]  # committed with the registration, before any worker ran

    # A worker picks the mail up and hangs in the mail server; then it is killed hard.
    hanging = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"],
        cwd=BASE_DIR,
        env={**env, "REGIO_TEST_MAIL_PAUSE": "60"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while task_statuses(db) != ["RUNNING"]:
            assert time.monotonic() < deadline, "the worker never started the task"
            time.sleep(0.1)
    finally:
        hanging.send_signal(signal.SIGKILL)
        hanging.wait(10)
    assert task_statuses(db) == ["RUNNING"] and not list(mailbox.iterdir())  # lost, as before the fix

    time.sleep(1.2)  # past REGIO_TASK_TIMEOUT_SECONDS
    assert "Requeued 1 abandoned tasks" in run(env, "manage.py", "recover_tasks").stdout
    run(env, "manage.py", "db_worker", "--batch", "--no-startup-delay")
    run(env, "manage.py", "recover_tasks")  # running it again sends nothing twice
    run(env, "manage.py", "db_worker", "--batch", "--no-startup-delay")
    mails = list(mailbox.iterdir())
    assert len(mails) == 1 and "sanne@example.org" in mails[0].read_text()
