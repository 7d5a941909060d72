from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
}
# The production database queue, worked off inline (tests/task_backend.py).
TASKS = {"default": {"BACKEND": "tests.task_backend.InlineDatabaseBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = None
WHITENOISE_AUTOREFRESH = True

REGIO_BASE_URL = ""  # tests use the Site they build (http://localhost)
REGIO_REPLY_TO = ""
REGIO_PAGE_CACHE_SECONDS = 0  # tests of the page cache switch it on themselves
