"""Varnish in front, end to end: pages come from Varnish, a publish shows within a second, places left stay right.

The test starts a private varnishd with the deploy configuration (deploy/varnish/regio.vcl) in front of
the test's own Django server, and purges through wagtail.contrib.frontend_cache as production does.
"""

import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.events.conftest import form
from tests.faults.test_database_down import free_port, wait_for

BASE_DIR = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),  # the live server sees committed data
    pytest.mark.skipif(not shutil.which("varnishd"), reason="needs Debian's varnish (.ci/run installs it)"),
]


@pytest.fixture
def varnish(live_server, settings):
    workdir = Path(tempfile.mkdtemp(prefix="regio-varnish-"))
    workdir.chmod(0o755)  # varnishd compiles the configuration as its own user
    backend_port = urllib.parse.urlsplit(live_server.url).port
    vcl = (BASE_DIR / "deploy" / "varnish" / "regio.vcl").read_text().replace('"8000"', f'"{backend_port}"')
    (workdir / "regio.vcl").write_text(vcl)
    (workdir / "regio.vcl").chmod(0o644)
    port = free_port()
    process = subprocess.Popen(
        ["varnishd", "-F", "-n", str(workdir / "state"), "-a", f"127.0.0.1:{port}", "-f", str(workdir / "regio.vcl")]
        + ["-s", "malloc,32m", "-p", "default_grace=0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(port, 60)
        address = f"http://127.0.0.1:{port}"
        settings.REGIO_BASE_URL = address
        settings.REGIO_PAGE_CACHE_SECONDS = 300
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": address}
        }
        yield address
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def fetch(url, data=None):
    request = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode() if data else None)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def until(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.05)
    return predicate()


def test_varnish_serves_pages_purges_on_publish_and_keeps_places_left_right(varnish, agenda, mailoutbox):
    event = agenda.event("Banenmarkt", capacity=3)
    url = varnish + event.url
    status, headers, first = fetch(url)
    assert status == 200 and headers["X-Cache"] == "miss" and "nog 3 plekken vrij" in first
    assert "s-maxage=" in headers["Cache-Control"]
    status, headers, second = fetch(url)
    assert headers["X-Cache"] == "hit" and second == first
    assert fetch(url + "?utm_source=krant&utm_medium=print")[1]["X-Cache"] == "hit"  # campaigns share the copy

    # An editor publishes: the next visitor sees it within a second.
    event.title = "Banenmarkt zorg en welzijn"
    event.save_revision().publish()
    started = time.monotonic()
    assert until(lambda: "Banenmarkt zorg en welzijn" in fetch(url)[2], 1.0)
    assert time.monotonic() - started < 1.0

    # A registration through Varnish (posts pass) renews the places left on the cached page.
    fetch(url)
    status, headers, _body = fetch(url, form())
    assert status == 303
    assert until(lambda: "nog 2 plekken vrij" in fetch(url)[2], 1.0)

    # The admin and signed-in editors always reach the app.
    assert fetch(varnish + "/admin/login/")[1].get("X-Cache") == "miss"
