"""Browser tests: Debian's Chromium through Playwright, against pytest-django's live server.

Skipped when /usr/bin/chromium is missing (`.ci/run` installs it). Screenshots of failing tests are
kept under test-results/ (pytest-playwright's --screenshot only-on-failure, set in pytest.ini).
"""

import json
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).with_name("axe.min.js")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # the live server and Playwright share the process


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason="needs Debian's chromium (apt-get install chromium)")
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe-core is injected as a script; the site's CSP rightly forbids that, so the test context bypasses it.
    return {**browser_context_args, "bypass_csp": True, "locale": "nl-NL"}


def assert_accessible(page):
    """axe-core on the current page: no serious or critical WCAG 2.1 A/AA violations."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', "
        "'wcag21aa']}, resultTypes: ['violations']})"
    )
    serious = [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{page.url}: {json.dumps(serious, indent=1)}"


@pytest.fixture(scope="session", autouse=True)
def _serialized_database_for_the_playwright_loop(django_db_setup, django_db_blocker):
    """Let serialized_rollback work while Playwright's event loop runs in this thread.

    Django keeps database connections per thread, but per context variable while an asyncio loop
    runs, and Playwright's sync API keeps one running. Connections made there lack the snapshot
    of the freshly migrated database that serialized_rollback restores after each test's flush;
    this gives every new connection the snapshot taken when the test database was set up.
    """
    from django.db import connections
    from django.db.utils import ConnectionHandler

    snapshots = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    original = ConnectionHandler.create_connection

    def create_connection(self, alias):
        connection = original(self, alias)
        if snapshots.get(alias):
            connection._test_serialized_contents = snapshots[alias]
        return connection

    ConnectionHandler.create_connection = create_connection
    yield
    ConnectionHandler.create_connection = original


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's report on the test item, so fixtures can tell whether the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
