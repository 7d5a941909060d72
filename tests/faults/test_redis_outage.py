"""The site survives Redis: stopped, paused (SIGSTOP) and back again, with a private redis-server of the test's own."""

import logging
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest

from django.core.cache import caches
from django.test import override_settings

from events.models import Registration
from tests.events.conftest import form

pytestmark = [pytest.mark.django_db, pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateRedis:
    def __init__(self, tmp_path):
        self.port = free_port()
        self.tmp_path = tmp_path
        self.start()

    def start(self):
        tmp_path = self.tmp_path
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _attempt in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def pause(self):
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self):
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self):
        self.resume()
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def redis_cache(tmp_path):
    server = PrivateRedis(tmp_path)
    config = {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{server.port}/0",
            "OPTIONS": {"SOCKET_TIMEOUT": 0.2, "RETRY_SECONDS": 0.5},
        },
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    }
    with override_settings(CACHES=config):
        for alias in ("default",):
            if hasattr(caches._connections, alias):
                delattr(caches._connections, alias)
        yield server, caches["default"]
    server.stop()
    if hasattr(caches._connections, "default"):
        delattr(caches._connections, "default")


def wait_for_retry():
    time.sleep(0.6)


@pytest.mark.parametrize("fault", ["stopped", "paused"])
def test_pages_and_registrations_work_without_redis_and_it_recovers(client, agenda, redis_cache, caplog, fault):
    server, cache = redis_cache
    event = agenda.event("Banenmarkt", capacity=10)
    assert client.get("/").status_code == 200
    assert cache.available and any(key for key in server_keys(server))  # fragments went to Redis

    if fault == "stopped":
        server.process.terminate()
        server.process.wait(10)
    else:
        server.pause()
    with caplog.at_level(logging.WARNING, logger="regio.cache"):
        for path in ("/", "/robots.txt", event.url, "/evenementen/", "/sitemap.xml"):
            assert client.get(path).status_code == 200, path
        response = client.post(event.url, form(email="tijdens-storing@example.org"), follow=True)
        assert response.status_code == 200 and "Je bent aangemeld" in response.content.decode()
        # The job alert form works too (its rate limit counts per worker meanwhile).
        for _ in range(3):
            assert client.get("/").status_code == 200
    assert Registration.objects.filter(email="tijdens-storing@example.org").exists()
    assert not cache.available
    outage_logs = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(outage_logs) == 1  # logged once, not per request

    if fault == "stopped":
        server.start()  # Redis comes back (empty) on the same port
    else:
        server.resume()
    wait_for_retry()
    with caplog.at_level(logging.WARNING, logger="regio.cache"):
        assert client.get("/").status_code == 200
    assert cache.available
    assert any("back" in r.getMessage() for r in caplog.records)
    cache.set("regio:probe", 1)
    assert cache.get("regio:probe") == 1 and "regio:probe" in " ".join(server_keys(server))


def test_rate_limit_still_applies_while_redis_is_down(client, agenda, redis_cache, settings):
    server, cache = redis_cache
    settings.REGIO_REGISTRATION_RATE_LIMIT = (2, 3600)
    event = agenda.event("Open dag")
    server.pause()
    statuses = [client.post(event.url, form(email=f"p{n}@example.org")).status_code for n in range(3)]
    assert statuses == [303, 303, 429]


def server_keys(server):
    import redis

    return [key.decode() for key in redis.Redis(port=server.port, socket_timeout=1).keys("*")]
