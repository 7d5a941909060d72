"""Remembered routes (home/routing.py): pages are found without walking the tree, and every change is seen."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from tests.builders import make_home, make_story, make_story_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    home = make_home()
    index = make_story_index(home)
    story = make_story(index, "Een verhaal uit Roermond", slug="roermond")
    return home, index, story


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, [query["sql"] for query in captured]


def test_a_second_visit_skips_the_site_tree_walk_and_restriction_queries(client, site):
    client.get("/")  # the site settings are created on the first visit
    cache.clear()
    first, first_sql = queries(client, "/verhalen/roermond/")
    second, second_sql = queries(client, "/verhalen/roermond/")
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert not [sql for sql in second_sql if "wagtailcore_site" in sql or "wagtailcore_pageviewrestriction" in sql]
    assert len(second_sql) <= len(first_sql) - 4


def test_unpublishing_removes_the_remembered_page(client, site):
    _home, _index, story = site
    assert client.get("/verhalen/roermond/").status_code == 200
    story.unpublish()
    assert client.get("/verhalen/roermond/").status_code == 404


def test_a_new_slug_is_found_and_the_old_one_is_gone(client, site):
    _home, _index, story = site
    assert client.get("/verhalen/roermond/").status_code == 200
    story.slug = "roermond-aan-de-maas"
    story.save_revision().publish()
    assert client.get("/verhalen/roermond/").status_code == 404
    assert client.get("/verhalen/roermond-aan-de-maas/").status_code == 200


def test_a_moved_page_answers_at_its_new_address(client, site):
    home, _index, story = site
    other = make_story_index(home, title="Nieuws", slug="nieuws")
    assert client.get("/verhalen/roermond/").status_code == 200
    story.move(other, pos="last-child")
    old = client.get("/verhalen/roermond/")
    assert old.status_code in (301, 404)  # Wagtail may leave a redirect behind, never the old page
    assert old.status_code == 404 or old["Location"] == "/nieuws/roermond/"
    assert client.get("/nieuws/roermond/").status_code == 200


def test_a_restriction_added_later_applies_to_the_remembered_page(client, site):
    _home, index, _story = site
    assert client.get("/verhalen/roermond/").status_code == 200
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/verhalen/roermond/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_alias_of_a_restricted_page_stays_restricted(client, site):
    home, _index, story = site
    other = make_story_index(home, title="Nieuws", slug="nieuws")
    assert client.get("/verhalen/roermond/").status_code == 200
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    story.create_alias(parent=other, update_slug="roermond-kopie")
    response = client.get("/nieuws/roermond-kopie/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_sub_routes_of_a_remembered_page_still_resolve(client, site):
    assert client.get("/verhalen/").status_code == 200
    feed = client.get("/verhalen/feed/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    assert client.get("/verhalen/feed/").content == feed.content
    assert client.get("/verhalen/bestaat-niet/").status_code == 404


def test_addresses_that_lead_nowhere_are_not_remembered(client, site):
    client.get("/verhalen/roermond/")
    before = {key for key in cache._cache if ":route:" in key}
    for number in range(20):
        assert client.get(f"/verhalen/onzin-{number}/").status_code == 404
    assert {key for key in cache._cache if ":route:" in key} == before
