"""An editor creates and publishes a story with an image, in the Wagtail admin of a real browser."""

import re

import pytest

from django.conf import settings
from django.core.files.storage import default_storage

from stories.models import StoryPage
from tests.browser.conftest import assert_accessible
from tests.builders import make_home, make_story_index
from tests.conftest import make_image

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_editor_creates_and_publishes_a_story_with_an_image(live_server, page, django_user_model):
    index = make_story_index(make_home())
    make_image(title="Maasplassen bij zonsondergang")
    django_user_model.objects.create_superuser("redacteur", "redactie@example.org", "een-goed-wachtwoord")

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "redacteur")
    page.fill("#id_password", "een-goed-wachtwoord")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/pages/add/stories/storypage/{index.pk}/")
    page.fill("#id_title", "Werken aan de Maas")
    page.fill("#id_introduction", "Waarom Femke na haar studie terugkwam naar Roermond.")
    page.locator("[data-chooser-action-choose]").first.click()  # hero image
    page.get_by_role("link", name=re.compile("Maasplassen bij zonsondergang")).first.click()
    page.get_by_text("Maasplassen bij zonsondergang").first.wait_for()
    page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))

    story = StoryPage.objects.get(title="Werken aan de Maas")
    assert story.live and story.hero_image.title == "Maasplassen bij zonsondergang"
    page.goto(live_server.url + story.url)
    page.get_by_role("heading", name="Werken aan de Maas").wait_for()
    image = page.locator(".hero__media img").first  # decorative in the hero: alt="" on purpose
    # The test server does not serve uploads (no web server in front): check the rendition exists.
    src = image.get_attribute("src")
    assert src.startswith(settings.MEDIA_URL) and default_storage.exists(src.removeprefix(settings.MEDIA_URL))
    assert_accessible(page)
