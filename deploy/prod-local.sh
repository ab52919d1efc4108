#!/usr/bin/env bash
# `make prod-local`: the production stack on this machine, from Debian packages.
# PostgreSQL and Redis (deploy/services.sh), the production settings, static files
# collected for WhiteNoise, the background-task worker, and gunicorn in the foreground
# on http://127.0.0.1:8000 (GUNICORN_BIND). Ctrl-C stops gunicorn and the worker.
set -euo pipefail
cd "$(dirname "$0")/.."
STATE=${PROD_LOCAL_DIR:-.prod-local}
PY=${PY:-.venv/bin/python}
export REDIS_PORT=${REDIS_PORT:-6390}
export PG_DATABASE=${PG_DATABASE:-mao_prod}

deploy/services.sh start

# A secret key made once for this machine, kept out of the repository.
[ -s "$STATE/secret_key" ] || "$PY" -c "import secrets; print(secrets.token_urlsafe(64))" \
  > "$STATE/secret_key"
export DJANGO_SETTINGS_MODULE=cms.settings.production
export SECRET_KEY="$(cat "$STATE/secret_key")"
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export DATABASE_URL=${DATABASE_URL:-postgres://mao:mao@127.0.0.1:5432/$PG_DATABASE}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/0}
export STATIC_ROOT=${STATIC_ROOT:-$PWD/$STATE/static}
export MEDIA_ROOT=${MEDIA_ROOT:-$PWD/$STATE/media}
export SITE_URL=${SITE_URL:-http://127.0.0.1:8000}
# Plain http on this machine only: no redirect to https, no HSTS. A real server sits
# behind a TLS proxy and keeps the defaults (docs/deployment.md).
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-false}
export SECURE_HSTS_SECONDS=${SECURE_HSTS_SECONDS:-0}
export GUNICORN_BIND=${GUNICORN_BIND:-127.0.0.1:8000}

"$PY" manage.py migrate --noinput
"$PY" manage.py collectstatic --noinput -v 0
"$PY" manage.py seed_demo --if-empty

# The worker, supervised: when it stops (a database restart ends it), it is started
# again after 5 s, so indexing and mail never stop silently.
(
  trap 'kill "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    "$PY" manage.py db_worker &
    child=$!
    wait "$child" || true
    echo "task worker stopped; restarting in 5 s" >&2
    sleep 5
  done
) &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM

echo "Production stack on http://$GUNICORN_BIND/ (Ctrl-C stops it)"
"$PY" -m gunicorn -c deploy/gunicorn.conf.py
