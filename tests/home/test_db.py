import pytest

from django.db import connection

from home.db import refresh_statistics
from tests.builders import make_home

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite keeps its planner statistics in sqlite_stat1")
def test_refresh_statistics_gives_the_sqlite_planner_row_counts(image):
    make_home(hero_image=image)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
        refresh_statistics()
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
        assert cursor.fetchall()  # the planner now knows how many pages there are


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's search matches title || body")
def test_postgresql_search_has_an_index_on_the_whole_document():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'regio_indexentry_document_gin'")
        (definition,) = cursor.fetchone()
    assert "gin" in definition and "title || body" in definition
