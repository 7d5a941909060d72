"""Gunicorn for Regio: `gunicorn -c deploy/gunicorn.conf.py regiosite.wsgi`.

One synchronous worker per core (GUNICORN_WORKERS to change it): pages are mostly served by
Varnish and the page cache, so the app needs few workers, each well under 150 MiB. Workers are
replaced after a few thousand requests, so no slow leak builds up.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count()))
timeout = 60
graceful_timeout = 30
keepalive = 5
max_requests = 5000
max_requests_jitter = 500
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
# Only the path: query strings can hold personal tokens (cancel and consent links).
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
