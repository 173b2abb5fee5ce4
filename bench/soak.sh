#!/usr/bin/env bash
# A soak on PostgreSQL: mixed traffic at a steady rate (org.loyaldesk.bench.SoakLoad: inbound API, mail pipe, an
# agent's inbox and conversation pages, API replies) for <minutes>; at half time PostgreSQL is stopped, left down
# for 10 s and started again. Writes the per-minute table (errors, latency, heap, RSS, CPU) and acknowledged
# against stored to bench/results/soak.txt.
#
# By default the database is a PostgreSQL 15 cluster of its own (initdb in a temporary directory, port 5433,
# fsync on as in production), so that the restart does not pull the database from under anyone else's tests
# on a shared machine. SOAK_PG=shared uses and restarts the cluster of .ci/services.sh instead.
# usage: bench/soak.sh [minutes, default 30] [inbound/s mails/s pages/s replies/s]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MINUTES=${1:-30}; shift || true
RATES=("$@")
OUT=$RESULTS/soak.txt
PG_BIN=/usr/lib/postgresql/15/bin
as_pg() { (cd / && runuser -u postgres -- "$@"); }

if [[ ${SOAK_PG:-own} == shared ]]; then
  set -a; source /var/lib/loyaldesk-ci/services.env; set +a
  PG_DATA=/var/lib/loyaldesk-ci/postgres/data; PG_LOG=/var/lib/loyaldesk-ci/log/postgresql.log
else
  PG_DIR=$(mktemp -d /tmp/soak-pg.XXXXXX); chmod 755 "$PG_DIR"; chown postgres: "$PG_DIR"
  PG_DATA=$PG_DIR/data; PG_LOG=$PG_DIR/postgresql.log; SOAK_PG_PORT=${SOAK_PG_PORT:-5433}
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 \
    >/dev/null
  printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\n" "$SOAK_PG_PORT" "$PG_DIR" \
    >>"$PG_DATA/postgresql.conf"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null
  as_pg "$PG_BIN/psql" -X -q -h "$PG_DIR" -p "$SOAK_PG_PORT" -U postgres -d postgres \
    -c "CREATE ROLE soak LOGIN PASSWORD 'soak-password'" -c "CREATE DATABASE soak OWNER soak"
  export LOYALDESK_TEST_PG_HOST=127.0.0.1 LOYALDESK_TEST_PG_PORT=$SOAK_PG_PORT LOYALDESK_TEST_PG_DB=soak \
    LOYALDESK_TEST_PG_USER=soak LOYALDESK_TEST_PG_PASSWORD=soak-password \
    LOYALDESK_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$SOAK_PG_PORT/soak
fi
pg_ctl_() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }

build
DATA=$(mktemp -d)
cleanup() {
  stop_app
  if [[ -n ${PG_DIR:-} ]]; then pg_ctl_ -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; fi
  rm -rf "$DATA" "$DATA.key"
}
trap cleanup EXIT
read -r -a PG <<<"$(postgres_args soak)"
start_app "$RESULTS/soak.log" --loyaldesk.data-dir="$DATA" --loyaldesk.demo=false "${PG[@]}"

exec > >(tee "$OUT") 2>&1
echo "commit $(git -C "$ROOT" rev-parse --short HEAD), $(date -Is), $(nproc) cores, load average at start:" \
  "$(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $(cat "$PG_DATA/PG_VERSION") ($PG_DATA), app -Xmx from JVM_OPTS=${JVM_OPTS:--Xmx512m}"
echo "startup to ready: ${STARTUP_MS} ms, RSS $(rss_mb) MB"
driver org.loyaldesk.bench.SoakLoad "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$APP_PID" "$MINUTES" \
  "$LOYALDESK_TEST_PG_URL?currentSchema=bench_soak" "$LOYALDESK_TEST_PG_USER" "$LOYALDESK_TEST_PG_PASSWORD" "${RATES[@]}" &
DRIVER=$!
sleep $((MINUTES * 30))
echo "$(date +%T) (minute $((MINUTES / 2 + 1))): stopping PostgreSQL (pg_ctl stop -m fast)"
pg_ctl_ -m fast -w -t 60 stop >/dev/null
sleep 10
pg_ctl_ -l "$PG_LOG" -w -t 60 start >/dev/null
echo "$(date +%T): PostgreSQL started again"
wait "$DRIVER"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); app RSS $(rss_mb) MB"
echo "app log: $(grep -c ' WARN ' "$RESULTS/soak.log" || true) warnings, $(grep -c ' ERROR ' "$RESULTS/soak.log" || true) errors," \
  "$(grep -c 'Database unavailable' "$RESULTS/soak.log" || true) 'Database unavailable' (503)"
grep ' ERROR ' "$RESULTS/soak.log" | sed -E 's/^[^ ]+ +ERROR [0-9]+ --- \[[^]]*\] +//' | cut -c1-200 | sort | uniq -c | sort -rn | head -n 10 || true
