import io

import pytest
from PIL import Image as PILImage

from django.core.cache import caches
from django.core.files.images import ImageFile

from wagtail.images import get_image_model


@pytest.fixture(scope="session")
def _migrations_from_template():
    """While the test databases are made, each is copied from a migrated template instead of running
    every migration in each worker (tests/db_template.py)."""
    from django.core.management.commands import migrate
    from django.db import connections

    from tests import db_template

    run_migrations = migrate.Command.handle

    def handle(self, *args, **options):
        connection = connections[options.get("database") or "default"]
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            return db_template.restore(connection)
        if connection.vendor == "postgresql":
            return db_template.restore_postgres(connection)
        return run_migrations(self, *args, **options)

    def stop():
        migrate.Command.handle = run_migrations

    migrate.Command.handle = handle
    yield stop
    stop()


@pytest.fixture(scope="session")
def django_db_setup(_migrations_from_template, django_db_setup):
    """pytest-django's test databases, made with ``_migrations_from_template`` on; later
    ``migrate`` calls (tests that rebuild a database) run the real migrations."""
    _migrations_from_template()
    yield


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site roots and renditions; tests roll the database back, so the cache goes too."""
    for alias in ("default", "renditions"):  # renditions point at files of an earlier test's media folder
        caches[alias].clear()
    yield
    for alias in ("default", "renditions"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def image(db):
    return make_image()


def make_image(title="Testbeeld", size=(320, 180), colour=(11, 93, 75)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="JPEG")
    buffer.name = "test.jpg"
    buffer.seek(0)
    return get_image_model().objects.create(
        title=title, description=f"Alt-tekst voor {title}", file=ImageFile(buffer, name="test.jpg")
    )


@pytest.fixture
def admin_client(db, client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


# Long tests first (the demo, a killed worker, a stopped database server, the first screen of every
# page type): with two xdist workers the short tests then fill in around them. The first-screen test
# is transactional but restores the database it found (serialized_rollback); the other transactional
# tests (real browsers, Varnish) stay last, where pytest-django puts them, because they empty it.
LONG_FIRST = (
    "tests/browser/test_first_screen.py",
    "tests/test_demo.py",
    "tests/faults/test_worker_killed.py",
    "tests/faults/test_database_down.py",
)


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: 0 if item.nodeid.startswith(LONG_FIRST) else 1)


def transactional(item):
    marker = item.get_closest_marker("django_db") if item is not None else None
    return bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test leaves an empty database behind: Django flushes it, and serialized_rollback puts
    the migrated rows (root page and collection, locales, groups, workflow) back only when the next such test
    starts. Django runs those tests last, and `make test` keeps that order (--no-loadscope-reorder), but any other
    order may put an ordinary test after one on the same worker (xdist's default sends the largest files first):
    put the rows back for it."""
    result = yield
    if nextitem is not None and transactional(item) and not transactional(nextitem):
        from pytest_django.plugin import blocking_manager_key

        from django.db import connections

        connection = connections["default"]
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            with item.config.stash[blocking_manager_key].unblock():
                connection.creation.deserialize_db_from_string(contents)
    return result


# The shared worlds, for every test folder.
from tests.careers.conftest import careers, world  # noqa: E402, F401
from tests.events.conftest import agenda  # noqa: E402, F401
