from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env.get("SECRET_KEY", "dev-only-not-secret-3a1c4e0b9f7d42c8a6e5b1f0")  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
