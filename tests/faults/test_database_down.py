"""With PostgreSQL down the visitor gets the styled 500 page, which needs neither the database nor the cache.

The test starts a private PostgreSQL cluster and a Django server process of its own, stops the
database under the running server, and reads what a visitor gets. The shared services are never touched.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

BIN = Path("/usr/lib/postgresql/15/bin")
BASE_DIR = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not (BIN / "initdb").exists() or not shutil.which("runuser") or os.geteuid() != 0,
    reason="needs PostgreSQL's server binaries and root (initdb runs as postgres)",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture
def private_postgres():
    # Not under pytest's tmp_path: its parent is private to root, and the server runs as postgres.
    tmp = Path(tempfile.mkdtemp(prefix="regio-pg-"))
    data = tmp / "pg"
    data.mkdir()
    shutil.chown(tmp, "postgres")
    shutil.chown(data, "postgres")
    port = free_port()

    def pg(*args):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, args)], check=True, capture_output=True, timeout=60
        )

    pg(BIN / "initdb", "-D", data, "-A", "trust", "-U", "root", "--no-sync")
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg(BIN / "pg_ctl", "-D", data, "-o", options, "-w", "-l", data / "log", "start")
    state = {"running": True}

    def stop():
        if state["running"]:
            pg(BIN / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
            state["running"] = False

    yield port, stop
    stop()
    shutil.rmtree(tmp, ignore_errors=True)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_styled_500_page_when_the_database_stops(private_postgres):
    port, stop_database = private_postgres
    web_port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "regiosite.settings.test",
        "DATABASE_URL": f"postgres://root@127.0.0.1:{port}/postgres",
        "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0",  # no cache server either
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "regiosite.wsgi", "-b", f"127.0.0.1:{web_port}", "-w", "1", "-t", "30"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(web_port)
        stop_database()  # the database goes away under a running server
        status, html = get(f"http://127.0.0.1:{web_port}/")
        assert status == 500
        assert "Er ging iets mis aan onze kant" in html
        assert '<link rel="stylesheet" href="/static/css/regio.css">' in html
        assert "Traceback" not in html and "OperationalError" not in html
    finally:
        server.terminate()
        server.wait(10)
