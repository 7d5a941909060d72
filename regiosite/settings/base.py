"""
Base settings for Regio: safe for production.

DEBUG is off and secrets come from the environment. ``dev.py`` and ``test.py``
relax this for local work; ``production.py`` adds the HTTPS hardening.
"""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

env = os.environ.copy()

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    return env.get(name, str(default)).strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=""):
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

INSTALLED_APPS = [
    "home",
    "stories",
    "careers",
    "events",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: the admin's language management
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: it replaces Wagtail's workflow mails with outbox mails (ambassadors.review).
    "ambassadors",
    "analytics",
    "partners",
    "wagtail.api.v2",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "django_filters",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.RegioCSPMiddleware",
    "home.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole anonymous pages (home/page_cache.py): after the headers above, before sessions.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address alone: /en/…, /de/…, Dutch without a prefix (home/languages.py).
    "home.languages.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.csrf.RegioCsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.middleware.AdminRefusalMiddleware",
    # Wagtail's page lookup, remembered under the content version (home/routing.py).
    "home.routing.RouteCacheMiddleware",
    # Last, so it sees the outcome of every login (django-axes).
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Admin logins (django-axes): after AXES_FAILURE_LIMIT failed attempts for one username from
# one address, that combination is locked for AXES_COOLOFF_HOURS. Counted in the database, so
# it holds across workers and survives a cache outage. Uses REGIO_TRUSTED_PROXIES for the IP.
AXES_FAILURE_LIMIT = int(env.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(env.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_ip"
AXES_SENSITIVE_PARAMETERS = ["username", "password"]

# Content-Security-Policy (django-csp). Public pages: no inline script or style at all (the brand
# colours come from /brand.css), so the policy needs no per-request nonce and a shared cache may hold
# them. Video embeds may come from YouTube and Vimeo.
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"] + env_list("CSP_IMG_SRC"),
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
# The Wagtail admin (signed-in editors) still needs inline scripts and styles in places.
REGIO_ADMIN_PATHS = ("/admin/",)
REGIO_ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"] + env_list("CSP_IMG_SRC"),
    "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
}

ROOT_URLCONF = "regiosite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.caching.context_processor",
            ],
        },
    },
]

WSGI_APPLICATION = "regiosite.wsgi.application"

# Database: DATABASE_URL, e.g. postgres://root@127.0.0.1:5432/regio.
# Without it, a SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Several writers (gunicorn workers registering visitors): take the write lock at the
    # start of a transaction and wait for it, instead of failing with "database is locked".
    # WAL lets readers go on while one writes, and synchronous=NORMAL syncs at checkpoints instead
    # of at every commit (page views and registrations are many small writes); still crash-safe.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise memory of the process. Image
# renditions always use process memory: their keys include the file hash, so
# they never go stale, and a page shows many of them.
# Redis is an accelerator only: when it is down or hangs, pages render from the
# database and a per-process stand-in takes over (home/cache.py).
if env.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": env["REDIS_URL"],
            "KEY_PREFIX": env.get("CACHE_KEY_PREFIX", "regio"),
            "OPTIONS": {
                "SOCKET_TIMEOUT": float(env.get("REDIS_TIMEOUT", "0.25")),
                "RETRY_SECONDS": float(env.get("REDIS_RETRY_SECONDS", "10")),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "regio-renditions",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Dutch by default, every string translatable.
LANGUAGE_CODE = "nl"
# Every language Regio speaks; REGIO_LANGUAGES switches some off (Dutch always stays).
REGIO_ALL_LANGUAGES = [("nl", _("Dutch")), ("en", _("English")), ("de", _("German"))]
REGIO_LANGUAGES = ["nl"] + [code for code in env_list("REGIO_LANGUAGES") or ["en", "de"] if code != "nl"]
LANGUAGES = [(code, name) for code, name in REGIO_ALL_LANGUAGES if code in REGIO_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files and uploads
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail
EMAIL_BACKEND = env.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "Regio <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Replies to Regio's mails go to a person: this address, else the contact e-mail of the region settings.
REGIO_REPLY_TO = env.get("REGIO_REPLY_TO", "")

# Wagtail
WAGTAIL_SITE_NAME = env.get("WAGTAIL_SITE_NAME", "Regio")
# The public address of the site (scheme, host and port, no path), e.g. https://www.middenlimburg.nl.
# Every absolute URL Regio makes (mails, QR codes, feeds, sitemap, JSON-LD, iCal) is built from the
# Wagtail Site, which `manage.py migrate` and `load_demo` set to this address (home/site_address.py).
REGIO_BASE_URL = env.get("REGIO_BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = env.get("WAGTAILADMIN_BASE_URL") or REGIO_BASE_URL or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "home.RegioImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.RegioImageForm"
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_I18N_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Full-text search in the database; on PostgreSQL with Dutch stemming.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}

# Wagtail's own background work (search index, reference index) goes through
# django-tasks. Immediate by default; production may set a database queue.
# Background tasks (e-mail). Immediate by default (development, tests); production
# uses the database backend, worked off by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": env.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

# Regio
# Lifetime of cached menus, settings and page sections. Changes renew them at
# once through the content version (home/caching.py); without a shared cache
# other worker processes follow after this many seconds, so keep it short there.
REGIO_CACHE_SECONDS = int(env.get("REGIO_CACHE_SECONDS", "3600" if env.get("REDIS_URL") else "30"))
# Rendered page sections and listing data; 0 renders every page in full on every request.
REGIO_FRAGMENT_CACHE_SECONDS = int(env.get("REGIO_FRAGMENT_CACHE_SECONDS", str(REGIO_CACHE_SECONDS)))
# Whole anonymous pages (home/page_cache.py) live at most this long, here and in Varnish or a CDN
# (s-maxage); changes purge them at once. 0 switches the page cache off (the default without Redis:
# each process would hold its own copy).
REGIO_PAGE_CACHE_SECONDS = int(env.get("REGIO_PAGE_CACHE_SECONDS", "300" if env.get("REDIS_URL") else "0"))

# How many reverse proxies in front of the site append to X-Forwarded-For (nginx, a load
# balancer). 0 (default): the client is REMOTE_ADDR and the header is ignored, so a visitor
# cannot choose the address that rate limits count. Set it to the number of proxies you run.
REGIO_TRUSTED_PROXIES = int(env.get("REGIO_TRUSTED_PROXIES", "0"))

# E-mail delivery (home/mail.py): attempts for a transient SMTP failure, and the first wait
# (doubled each time: 1, 2, 4, 8, 16 minutes by default).
REGIO_MAIL_MAX_ATTEMPTS = int(env.get("REGIO_MAIL_MAX_ATTEMPTS", "6"))
REGIO_MAIL_RETRY_SECONDS = int(env.get("REGIO_MAIL_RETRY_SECONDS", "60"))
# A task or mail running longer than this is taken to belong to a killed worker and is taken up
# again by `manage.py recover_tasks`.
REGIO_TASK_TIMEOUT_SECONDS = int(env.get("REGIO_TASK_TIMEOUT_SECONDS", "600"))
# Days that finished task results and sent-mail records are kept (`manage.py prune_tasks`).
REGIO_TASK_RESULT_DAYS = int(env.get("REGIO_TASK_RESULT_DAYS", "7"))

# Events: sign-ups per IP per hour, days after an event before personal data is removed,
# and days before an event that the reminder goes out.
REGIO_REGISTRATION_RATE_LIMIT = (int(env.get("REGIO_REGISTRATIONS_PER_IP_PER_HOUR", "20")), 3600)
REGIO_ANONYMISE_AFTER_DAYS = int(env.get("REGIO_ANONYMISE_AFTER_DAYS", "30"))
REGIO_REMINDER_DAYS = int(env.get("REGIO_REMINDER_DAYS", "2"))
# How long (seconds) a rendered poster PDF or share image may be kept in the cache.
# Keys change as soon as the page or one of its facts changes.
REGIO_POSTER_CACHE_SECONDS = int(env.get("REGIO_POSTER_CACHE_SECONDS", str(7 * 24 * 3600)))
# Adds a bare Django view at /__bench__/bare/ for the benchmark's reference figure.
REGIO_BENCH_VIEW = env_bool("REGIO_BENCH_VIEW", False)
# HTTP caches in front that the app purges (home/frontend_cache.py), through Wagtail's frontend cache:
# REGIO_VARNISH_URLS (one per Varnish server) and/or Cloudflare (CLOUDFLARE_ZONE_ID, CLOUDFLARE_BEARER_TOKEN).
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    for number, url in enumerate(env_list("REGIO_VARNISH_URLS"))
}
if env.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": env.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }
# A partner's career feed (a path or URL the import reads) that the scheduler imports daily at 05:00.
REGIO_CAREER_FEED = env.get("REGIO_CAREER_FEED", "")
# Serve uploaded media from Django (with long cache headers, so Varnish holds them). For `make prod`
# on one machine without a web server; in production Caddy or nginx serves MEDIA_ROOT (deploy/).
REGIO_SERVE_MEDIA = env_bool("REGIO_SERVE_MEDIA", False)

# The partner API (partners/api.py): requests per IP per minute, and how long a CDN may keep an answer.
REGIO_API_REQUESTS_PER_MINUTE = int(env.get("REGIO_API_REQUESTS_PER_MINUTE", "120"))
REGIO_API_CACHE_SECONDS = int(env.get("REGIO_API_CACHE_SECONDS", "300"))
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_BASE_URL = env.get("REGIO_BASE_URL", "")
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
# Partner widgets (partners/embed.py): how long Varnish or a CDN may keep a widget (a publish bans it in Varnish).
REGIO_EMBED_CACHE_SECONDS = int(env.get("REGIO_EMBED_CACHE_SECONDS", "300"))
# The weekly newsletter (partners/digest.py) goes out on this weekday (0 = Monday).
REGIO_NEWSLETTER_WEEKDAY = int(env.get("REGIO_NEWSLETTER_WEEKDAY", "0"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
}
