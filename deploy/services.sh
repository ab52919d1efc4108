#!/usr/bin/env bash
# Start (or stop) the services the production settings need, from Debian packages, on
# this one machine: PostgreSQL (the Debian cluster) and a Redis instance of our own.
#   deploy/services.sh start   -> prints nothing; DATABASE_URL/REDIS_URL as below work
#   deploy/services.sh stop    -> stops our Redis instance (PostgreSQL keeps running)
# Environment: PROD_LOCAL_DIR (state folder, default .prod-local), REDIS_PORT (6390),
# PG_DATABASE (mao_prod).
set -euo pipefail
cd "$(dirname "$0")/.."
STATE=${PROD_LOCAL_DIR:-.prod-local}
REDIS_PORT=${REDIS_PORT:-6390}
PG_DATABASE=${PG_DATABASE:-mao_prod}
mkdir -p "$STATE"

install_missing() {
  local missing=()
  command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "Install first: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='mao'\" | grep -q 1 \
    || psql -q -c \"CREATE ROLE mao LOGIN CREATEDB PASSWORD 'mao'\""
  su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='$PG_DATABASE'\" \
    | grep -q 1 || createdb -O mao $PG_DATABASE"
}

start_redis() {
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then return; fi
  # A cache, not a store: no persistence, evict the least recently used keys when full.
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
    --dir "$PWD/$STATE" --pidfile "$PWD/$STATE/redis.pid" --logfile "$PWD/$STATE/redis.log" \
    --save "" --appendonly no --maxmemory 256mb --maxmemory-policy allkeys-lru
  for _ in $(seq 1 30); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.2; done
}

case "${1:-start}" in
  start) install_missing; start_postgres; start_redis ;;
  stop) redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
