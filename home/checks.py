"""Deployment checks (``manage.py check --deploy``) for what Regio needs in production."""

from django.conf import settings
from django.core import checks

SHARED_CACHES = ("RedisCache", "ResilientRedisCache", "PyMemcacheCache", "PyLibMCCache", "DatabaseCache")


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend in SHARED_CACHES:
        return []
    return [
        checks.Warning(
            "The default cache is not shared between worker processes.",
            hint="Set REDIS_URL. Without a shared cache, rate limits are counted per worker process and "
            "other workers show content changes only after REGIO_CACHE_SECONDS.",
            id="regio.W001",
        )
    ]


@checks.register(deploy=True)
def durable_task_queue(app_configs, **kwargs):
    backend = settings.TASKS["default"]["BACKEND"]
    if backend.endswith("DatabaseBackend"):
        return []
    return [
        checks.Warning(
            f"Background tasks use {backend}, which keeps no queue.",
            hint="Use django_tasks_db.DatabaseBackend (TASKS_BACKEND) and run `manage.py db_worker`, so e-mails "
            "are stored with the data they belong to and retried.",
            id="regio.W002",
        )
    ]


@checks.register(deploy=True)
def trusted_proxies(app_configs, **kwargs):
    if isinstance(settings.REGIO_TRUSTED_PROXIES, int) and settings.REGIO_TRUSTED_PROXIES >= 0:
        return []
    return [checks.Error("REGIO_TRUSTED_PROXIES must be a whole number of 0 or more.", id="regio.E001")]
