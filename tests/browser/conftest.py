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
        "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"],
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
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{page.url}: {json.dumps(serious, indent=1)}"
