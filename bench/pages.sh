#!/usr/bin/env bash
# Inbox and conversation page latency on a big tenant: 100,000 conversations / 1,000,000 messages.
# usage: bench/pages.sh h2|postgres [conversations] [messages each]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=${1:-h2}; CONVERSATIONS=${2:-100000}; EACH=${3:-10}
build
DATA=$(mktemp -d)
# signals for 100,000 imported conversations would be computed in the background for a long time and
# skew the page timings: this benchmark measures the pages, so that reading is held back
ARGS=(--loyaldesk.data-dir="$DATA" --loyaldesk.demo=true --loyaldesk.insight.reading-interval=1h)
if [[ $DB == postgres ]]; then
  set -a; source /var/lib/loyaldesk-ci/services.env; set +a
  read -r -a PG <<<"$(postgres_args pages)"; ARGS+=("${PG[@]}")
fi
start_app "$RESULTS/pages-$DB.log" "${ARGS[@]}"
echo "startup to ready (first start, with demo data): ${STARTUP_MS} ms"
driver org.loyaldesk.bench.BulkImport "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$CONVERSATIONS" "$EACH"
driver org.loyaldesk.bench.PageLoad "http://127.0.0.1:${PORT:-18080}" anna@loyaldesk.demo loyaldesk 500 4 "$CONVERSATIONS"
echo "RSS after load: $(rss_mb) MB"
stop_app
start_app "$RESULTS/pages-$DB-restart.log" "${ARGS[@]}"
echo "startup to ready (restart with $CONVERSATIONS conversations): ${STARTUP_MS} ms"
stop_app
rm -rf "$DATA"
