#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for Sammen's tests: initdb as the postgres account in a temp folder, listening
# only on a Unix socket in that folder (no TCP port), password (scram) authentication for the test roles.
#
#   Tests/Postgres/cluster.sh start     prints the administrative role's URI (export it as SAMMEN_TEST_PG)
#   Tests/Postgres/cluster.sh stop URI  stops that cluster and removes its folder (URI defaults to $SAMMEN_TEST_PG)
#
# Roles made for the tests (all LOGIN, all with the password in the URI):
#   sammen_it   the administrative role: owns the database «sammen», may create databases and roles
#   sb_nord     a caseworker (the tests put it in team «nord»)
#   sb_syd      a caseworker (team «syd»)
#   leder       a leader of the unit
# Needs root (it runs initdb and the server as the postgres account) or to be run as postgres.
set -euo pipefail

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && bindir="$candidate"; done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then bindir="$(dirname "$(command -v initdb)")"; fi

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  else echo "cluster.sh: run as root or as postgres" >&2; exit 1
  fi
}

start() {
  [ -n "$bindir" ] || { echo "cluster.sh: initdb not found (install Debian's postgresql)" >&2; exit 1; }
  local dir password
  dir="$(mktemp -d /tmp/sammen-pg.XXXXXX)"
  chmod 0711 "$dir"
  chown postgres "$dir" 2>/dev/null || true
  password="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  as_postgres "$bindir/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=peer \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_postgres sh -c "cat > '$dir/data/pg_hba.conf'" <<HBA
local all postgres peer
local all all scram-sha-256
HBA
  as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
    -o "-c listen_addresses='' -k $dir -c max_connections=60" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_postgres "$bindir/psql" -h "$dir" -U postgres -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
CREATE ROLE sammen_it LOGIN CREATEDB CREATEROLE PASSWORD '$password';
CREATE ROLE sb_nord LOGIN PASSWORD '$password';
CREATE ROLE sb_syd LOGIN PASSWORD '$password';
CREATE ROLE leder LOGIN PASSWORD '$password';
CREATE DATABASE sammen OWNER sammen_it;
-- The tests end sessions to play a server that goes away (pg_terminate_backend).
GRANT pg_signal_backend TO sammen_it;
SQL
  echo "postgresql://sammen_it:$password@/sammen?host=$dir"
}

stop() {
  local uri="${1:-${SAMMEN_TEST_PG:-}}" dir
  dir="${uri##*host=}"
  dir="${dir%%&*}"
  case "$dir" in /tmp/sammen-pg.*) ;; *) echo "cluster.sh: not a test cluster: $dir" >&2; exit 1 ;; esac
  [ -d "$dir/data" ] && as_postgres "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -s stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop [URI]" >&2; exit 2 ;;
esac
