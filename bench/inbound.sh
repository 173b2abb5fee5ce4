#!/usr/bin/env bash
# Inbound API throughput and latency at concurrency 1, 4 and 16, plus startup time and RSS.
# usage: bench/inbound.sh h2|postgres [messages per level]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=${1:-h2}; MESSAGES=${2:-20000}
build
DATA=$(mktemp -d)
ARGS=(--loyaldesk.data-dir="$DATA" --loyaldesk.demo=false)
if [[ $DB == postgres ]]; then
  set -a; source /var/lib/loyaldesk-ci/services.env; set +a
  read -r -a PG <<<"$(postgres_args inbound)"; ARGS+=("${PG[@]}")
fi
start_app "$RESULTS/inbound-$DB.log" "${ARGS[@]}"
echo "startup to ready: ${STARTUP_MS} ms, RSS at start: $(rss_mb) MB"
for c in 1 4 16; do
  before=$(cpu_ticks); load=$(load_average)
  driver org.loyaldesk.bench.InboundLoad "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$c" "$MESSAGES" "$DB-c$c"
  after=$(cpu_ticks)
  awk -v c="$c" -v t=$((after - before)) -v hz="$TICKS" -v n="$MESSAGES" -v load="$load" -v end="$(load_average)" \
    'BEGIN { printf "c%-2d app CPU %.2f ms/message (load average %s at the start, %s at the end)\n", c, t * 1000 / hz / n, load, end }'
done
echo "RSS after load: $(rss_mb) MB"
stop_app
rm -rf "$DATA"
