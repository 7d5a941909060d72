"""Database upkeep after bulk writes."""

from django.db import connection


def refresh_statistics():
    """Let the query planner see the new row counts after many rows were written (an import, the demo).

    SQLite has no autovacuum: without ``ANALYZE`` its planner keeps guessing from an empty database and
    can pick a full scan (career search with words took 17× longer at 10,000 careers). PostgreSQL's
    autovacuum gets there too, but only after a while; ``ANALYZE`` makes the first requests fast as well.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA optimize")
        elif connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
