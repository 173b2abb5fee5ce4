#!/usr/bin/env bash
# Shared helpers for the benchmark scripts: find a JDK 21+, build once, start and stop Loyaldesk.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"

find_java() {
  local candidate version
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [[ -x $candidate/bin/java ]] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    if [[ ${version%%.*} -ge 21 ]]; then echo "$candidate/bin/java"; return; fi
  done
  echo "no JDK 21+ found (set JAVA_HOME)" >&2; exit 1
}
JAVA=$(find_java)

# the application jar and a classpath for the load drivers (test classes + dependencies)
build() {
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null)
  JAR=$(ls "$ROOT"/target/loyaldesk-*.jar | grep -v original | head -n1)
  DRIVER_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/bench.classpath")"
}

driver() { "$JAVA" -cp "$DRIVER_CP" "$@"; }

# start_app <log> [extra args...]: starts the jar, waits until it answers, sets APP_PID and STARTUP_MS
start_app() {
  local log=$1; shift
  # another benchmark's Loyaldesk on the same port would pass the readiness check below and take this run's load
  # (the soak of 2026-12-03 received another session's 20,000-conversation import this way): refuse instead
  if curl -s -o /dev/null "http://127.0.0.1:${PORT:-18080}/" 2>/dev/null; then
    echo "port ${PORT:-18080} is already in use (another Loyaldesk?); set PORT to a free port" >&2; exit 1
  fi
  local started=$(date +%s%N)
  "$JAVA" ${JVM_OPTS:--Xmx512m} -jar "$JAR" --server.port="${PORT:-18080}" --loyaldesk.bootstrap-token=bench-token-0123456789 \
      "$@" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 600); do
    if curl -sf "http://127.0.0.1:${PORT:-18080}/actuator/health/readiness" >/dev/null 2>&1; then
      STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 )); return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$log"; echo "Loyaldesk did not start" >&2; exit 1; }
    sleep 0.05
  done
  echo "Loyaldesk did not become ready in 30 s" >&2; exit 1
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$APP_PID/status"; }

# the app's CPU time so far in clock ticks (user + system, from /proc): per operation it stays comparable on a
# shared machine where throughput and latency move with the neighbours' load
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
load_average() { cut -d' ' -f1 /proc/loadavg; }

# waits until the app has used less than a tenth of a core over two seconds (at most 5 minutes): the listeners that
# run after the answer queue on four threads and can be minutes behind; a fixed wait read the CPU with hundreds of
# their calls still queued (found at stop, 2026-12-03, rules-on)
wait_until_quiet() {
  local last now
  last=$(cpu_ticks)
  for _ in $(seq 150); do
    sleep 2
    now=$(cpu_ticks)
    if (( (now - last) * 10 < TICKS * 2 )); then return; fi
    last=$now
  done
}

stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

# a fresh, empty PostgreSQL schema for a run (needs LOYALDESK_TEST_PG_* from .ci/services.sh)
postgres_args() {
  local schema=bench_$1
  PGPASSWORD=$LOYALDESK_TEST_PG_PASSWORD psql -q -h "$LOYALDESK_TEST_PG_HOST" -p "$LOYALDESK_TEST_PG_PORT" \
    -U "$LOYALDESK_TEST_PG_USER" -d "$LOYALDESK_TEST_PG_DB" \
    -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;" >/dev/null
  echo "--spring.datasource.url=$LOYALDESK_TEST_PG_URL?currentSchema=$schema --spring.datasource.username=$LOYALDESK_TEST_PG_USER --spring.datasource.password=$LOYALDESK_TEST_PG_PASSWORD --spring.flyway.schemas=$schema"
}
