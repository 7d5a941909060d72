"""A migrated database made once per test run, copied into each test worker's database.

Running Regio's migrations takes each pytest-xdist worker 20 seconds or more. Instead one process
migrates a template, made again whenever a migration, a requirement or the language setting
changes, and every worker copies it:

- SQLite: the template is a file (``.test-db/<digest>.sqlite3``), copied into the worker's
  in-memory database with SQLite's backup API (milliseconds);
- PostgreSQL: the template is a database (``regio_tpl_<digest>``), and the worker's test database
  is made again with ``CREATE DATABASE … TEMPLATE`` (a second).
"""

import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / ".test-db"


def digest():
    found = hashlib.sha256()
    for path in sorted(ROOT.glob("*/migrations/*.py")) + sorted(ROOT.glob("requirements*.txt")):
        found.update(path.name.encode() + path.read_bytes())
    found.update(os.environ.get("REGIO_LANGUAGES", "").encode())
    found.update(repr(settings.LANGUAGES).encode())
    return found.hexdigest()[:20]


def template_path():
    """The migrated template, made by the first worker that needs it (the others wait for it)."""
    FOLDER.mkdir(exist_ok=True)
    path = FOLDER / f"{digest()}.sqlite3"
    with open(FOLDER / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            for old in FOLDER.glob("*.sqlite3*"):
                old.unlink()
            partial = path.with_suffix(".partial")
            env = dict(os.environ, DATABASE_URL=f"sqlite:///{partial}")
            env["DJANGO_SETTINGS_MODULE"] = "regiosite.settings.test"
            subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
            partial.replace(path)
    return path


def restore_postgres(connection):
    """Make the worker's (new, empty) PostgreSQL test database a copy of the migrated template."""
    test_name = connection.settings_dict["NAME"]
    template = f"regio_tpl_{digest()}"
    FOLDER.mkdir(exist_ok=True)
    with open(FOLDER / "pg-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one worker makes the template; copies wait for it too
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE 'regio_tpl_%%'")
            existing = {row[0] for row in cursor.fetchall()}
            for old in existing - {template}:
                cursor.execute(f'DROP DATABASE IF EXISTS "{old}"')
            if template not in existing:
                cursor.execute(f'CREATE DATABASE "{template}"')
                try:
                    _migrate(_postgres_url(connection.settings_dict, template))
                except BaseException:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{template}"')
                    raise
            cursor.execute(f'DROP DATABASE "{test_name}"')
            cursor.execute(f'CREATE DATABASE "{test_name}" TEMPLATE "{template}"')


def _postgres_url(settings_dict, name):
    user, password = settings_dict.get("USER") or "", settings_dict.get("PASSWORD") or ""
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{credentials}{settings_dict.get('HOST') or ''}:{settings_dict.get('PORT') or 5432}/{name}"


def _migrate(database_url):
    env = dict(os.environ, DATABASE_URL=database_url)
    env["DJANGO_SETTINGS_MODULE"] = "regiosite.settings.test"
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)


def restore(connection):
    """Fill the (in-memory) test database of ``connection`` with the migrated template."""
    connection.ensure_connection()
    source = sqlite3.connect(template_path())
    try:
        source.backup(connection.connection)
    finally:
        source.close()
