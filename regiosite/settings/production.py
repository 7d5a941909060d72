from .base import *  # noqa: F403

DEBUG = False

if not REGIO_BASE_URL:  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "Set REGIO_BASE_URL to the site's public address (e.g. https://www.middenlimburg.nl): every link in "
        "mails, QR codes, feeds and structured data is made from it."
    )

# HTTPS hardening; each can be relaxed by env for a deployment behind a proxy
# that terminates TLS differently (or for the local benchmark).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)  # noqa: F405
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
# Opt-in: an agency often lives on a municipality's subdomain, where these would bind the parent domain.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405
# Not opting in is a deliberate choice, so `check --deploy` does not warn about it.
SILENCED_SYSTEM_CHECKS = [
    check
    for check, on in (("security.W005", SECURE_HSTS_INCLUDE_SUBDOMAINS), ("security.W021", SECURE_HSTS_PRELOAD))
    if not on
] + [
    # home.csrf.RegioCsrfViewMiddleware is Django's CSRF middleware (a subclass), which the check does not see.
    "security.W003",
]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this to SAMEORIGIN

# E-mail is sent by a background worker (`manage.py db_worker`), never in the request.
TASKS = {"default": {"BACKEND": env.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}  # noqa: F405

# Cached templates and a persistent database connection.
CONN_HEALTH_CHECKS = True

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
