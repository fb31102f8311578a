#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server on loopback for the test suite.
#   scripts/test-postgres.sh start   -> prints the connection string to use as SHARPSTACK_TEST_POSTGRES
#   scripts/test-postgres.sh stop
# Installs Debian's postgresql package when no server binaries are found.
set -euo pipefail

PORT="${SHARPSTACK_PG_PORT:-55432}"
DIR="${SHARPSTACK_PG_DIR:-/tmp/sharpstack-test-pg}"

find_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    return 1
  fi
  echo "$bin"
}

as_db_user() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  if ! bin=$(find_bin); then
    echo "PostgreSQL server not found; installing Debian's postgresql package" >&2
    if [ "$(id -u)" = "0" ]; then
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    else
      sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    bin=$(find_bin)
  fi
  if [ -f "$DIR/data/postmaster.pid" ] && as_db_user "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Password=unused"
    return 0
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "$DIR"
  fi
  as_db_user "$bin/initdb" -D "$DIR/data" -A trust -U postgres >"$DIR/initdb.log" 2>&1
  # Durability is not needed for tests: turning it off makes them much faster.
  as_db_user "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >&2
  echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Password=unused"
}

stop() {
  local bin
  bin=$(find_bin) || return 0
  if [ -d "$DIR/data" ]; then
    as_db_user "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
