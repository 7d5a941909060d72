import io

import pytest
from PIL import Image as PILImage

from django.core.cache import caches
from django.core.files.images import ImageFile

from wagtail.images import get_image_model


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


# Long tests that need no transactional database first (the demo, a killed worker, a stopped database
# server): with two xdist workers the short tests then fill in around them. Transactional tests (real
# browsers, Varnish) stay last, where pytest-django puts them, because they empty the database.
LONG_FIRST = ("tests/test_demo.py", "tests/faults/test_worker_killed.py", "tests/faults/test_database_down.py")


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: 0 if item.nodeid.startswith(LONG_FIRST) else 1)


# The shared worlds, for every test folder.
from tests.careers.conftest import careers, world  # noqa: E402, F401
from tests.events.conftest import agenda  # noqa: E402, F401
