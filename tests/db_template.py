"""A migrated SQLite database made once, copied into each test worker's in-memory database.

Running Regio's migrations takes each pytest-xdist worker about 20 seconds. On SQLite the test
database is in memory, so instead one process migrates a database file (``.test-db/<digest>``, made
again whenever a migration, a requirement or the language setting changes) and every worker copies
it into its own in-memory database with SQLite's backup API, which takes milliseconds. PostgreSQL
runs the migrations as usual.
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


def restore(connection):
    """Fill the (in-memory) test database of ``connection`` with the migrated template."""
    connection.ensure_connection()
    source = sqlite3.connect(template_path())
    try:
        source.backup(connection.connection)
    finally:
        source.close()
