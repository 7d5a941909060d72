"""Editors create story pages through the admin; the home page shows the latest stories."""

import pytest

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from stories.models import StoryIndexPage, StoryPage
from tests.builders import make_home, make_story, make_story_index, make_target_group, make_theme

pytestmark = pytest.mark.django_db


def test_create_story_index(admin_client):
    home = make_home()
    response = admin_client.post(
        f"/admin/pages/add/stories/storyindexpage/{home.pk}/",
        nested_form_data({"title": "Verhalen", "slug": "verhalen", "per_page": 12, "action-publish": "publish"}),
    )
    assert response.status_code == 302
    assert StoryIndexPage.objects.get().live


def test_create_story_with_classification(admin_client):
    index = make_story_index(make_home())
    group, theme = make_target_group("Scholieren", "scholier"), make_theme("Zorg")
    data = nested_form_data(
        {
            "title": "Zorg op afstand",
            "slug": "zorg-op-afstand",
            "author": "Redactie",
            "publication_date": "2026-11-01",
            "tags": "zorg, innovatie",
            "body": streamfield([("paragraph", rich_text("<p>Op een scherm lichten huiskamers op.</p>"))]),
            "action-publish": "publish",
        }
    )
    data.update({"target_groups": [group.pk], "themes": [theme.pk]})
    response = admin_client.post(f"/admin/pages/add/stories/storypage/{index.pk}/", data)
    assert response.status_code == 302
    story = StoryPage.objects.get(slug="zorg-op-afstand")
    assert story.live and list(story.target_groups.all()) == [group]
    assert sorted(story.tags.names()) == ["innovatie", "zorg"]


def test_home_shows_latest_stories_and_group_switcher_filters_them(client):
    home = make_home()
    index = make_story_index(home)
    pupils, employers = make_target_group("Scholieren", "scholier"), make_target_group("Werkgevers", "werkgever")
    make_story(index, "Voor scholieren", [pupils], publication_date="2026-01-01")
    make_story(index, "Voor werkgevers", [employers], publication_date="2026-02-01")
    html = client.get("/").content.decode()
    assert "Verhalen uit de regio" in html and "Voor scholieren" in html and "Voor werkgevers" in html
    html = client.get("/voor/scholieren/").content.decode()
    assert "Verhalen voor scholier" in html
    assert "Voor scholieren" in html and "Voor werkgevers" not in html
    assert 'href="/verhalen/?doelgroep=scholieren"' in html
