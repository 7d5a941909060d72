#!/usr/bin/env bash
# `make prod`: the production layout on one machine, to try it.
#
#   Varnish :8080  ->  gunicorn :8001 (deploy/gunicorn.conf.py, production settings)
#   + the task worker (mails, purges) + the scheduler (every periodic command)
#   PostgreSQL and Redis as configured (DATABASE_URL, REDIS_URL), by default the local ones.
#
# TLS, static files and media from disk are Caddy's job in production (deploy/caddy/Caddyfile);
# here Django serves media (REGIO_SERVE_MEDIA) and Varnish holds it. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8080}"
APP_PORT="${APP_PORT:-8001}"
RUN=".prod"
mkdir -p "$RUN"
command -v varnishd >/dev/null || { echo "make prod needs Varnish: apt-get install varnish" >&2; exit 1; }

export DJANGO_SETTINGS_MODULE=regiosite.settings.production
[ -f "$RUN/secret" ] || .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' > "$RUN/secret"
export SECRET_KEY="${SECRET_KEY:-$(cat "$RUN/secret")}"
export REGIO_BASE_URL="${REGIO_BASE_URL:-http://127.0.0.1:$PORT}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export DATABASE_URL="${DATABASE_URL:-postgres://root@127.0.0.1:5432/regio_prod}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/3}"
export CACHE_KEY_PREFIX="${CACHE_KEY_PREFIX:-regio-prod}"
export TASKS_BACKEND="${TASKS_BACKEND:-django_tasks_db.DatabaseBackend}"
export REGIO_VARNISH_URLS="${REGIO_VARNISH_URLS:-http://127.0.0.1:$PORT}"
export REGIO_SERVE_MEDIA="${REGIO_SERVE_MEDIA:-true}"
export REGIO_TRUSTED_PROXIES="${REGIO_TRUSTED_PROXIES:-1}"
export EMAIL_BACKEND="${EMAIL_BACKEND:-django.core.mail.backends.console.EmailBackend}"
# Plain HTTP on this machine (in production Caddy terminates TLS and these stay on).
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}" SESSION_COOKIE_SECURE="${SESSION_COOKIE_SECURE:-false}"
export CSRF_COOKIE_SECURE="${CSRF_COOKIE_SECURE:-false}" SECURE_HSTS_SECONDS="${SECURE_HSTS_SECONDS:-0}"

# The database: created on the local PostgreSQL when it does not exist yet.
if [[ "$DATABASE_URL" == postgres://*@127.0.0.1:5432/* ]]; then
  db="${DATABASE_URL##*/}"
  psql -h 127.0.0.1 -U root -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
    || psql -h 127.0.0.1 -U root -d postgres -qc "CREATE DATABASE \"$db\""
fi
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py collectstatic --noinput -v0
if [ "$(.venv/bin/python manage.py shell --no-imports -c 'from wagtail.models import Page; print(Page.objects.count())')" -le 2 ]; then
  .venv/bin/python manage.py load_demo --admin
fi
.venv/bin/python manage.py check --deploy --fail-level ERROR

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

GUNICORN_BIND="127.0.0.1:$APP_PORT" .venv/bin/gunicorn -c deploy/gunicorn.conf.py regiosite.wsgi & pids+=($!)
.venv/bin/python manage.py db_worker --interval 1 & pids+=($!)
.venv/bin/python manage.py run_scheduler & pids+=($!)
work="$(mktemp -d /tmp/regio-varnish-XXXX)"; chmod 755 "$work"
sed "s/\"8000\"/\"$APP_PORT\"/" deploy/varnish/regio.vcl > "$work/regio.vcl"; chmod 644 "$work/regio.vcl"
varnishd -F -n "$work/state" -a "127.0.0.1:$PORT" -f "$work/regio.vcl" -s malloc,256m & pids+=($!)

echo ""
echo "  Regio (production layout): $REGIO_BASE_URL/   admin: $REGIO_BASE_URL/admin/"
echo "  Varnish :$PORT -> gunicorn :$APP_PORT ($(.venv/bin/python -c 'import multiprocessing; print(multiprocessing.cpu_count())') workers), worker, scheduler. Ctrl-C stops."
echo ""
wait -n "${pids[@]}"
