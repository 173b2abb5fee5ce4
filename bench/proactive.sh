#!/usr/bin/env bash
# Proactive service: spike detection on a generated shop month replayed through the inbound API (detection delay,
# precision, recall, false alarms, throughput, app CPU per message), then solving 10,000 linked conversations at
# the source (wall time until all are answered, app CPU per conversation, memory).
# usage: bench/proactive.sh [days of the month, 28] [inbound clients, 4] [conversations to solve, 10000] [shop seed, 1]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DAYS=${1:-28}; CLIENTS=${2:-4}; SOLVE=${3:-10000}; SEED=${4:-1}
build
echo "commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, load average $(load_average)"
URL="http://127.0.0.1:${PORT:-18080}"

DATA=$(mktemp -d)
# reasons on arrival off: imported history carries no contact reason (the import does not classify), so with it on
# every reason group of the live month departs from an empty baseline (see BENCHMARKS.md)
start_app "$RESULTS/proactive-replay.log" --loyaldesk.data-dir="$DATA" --loyaldesk.demo=false \
  --loyaldesk.automation.reasons-on-arrival=false
trap 'stop_app; rm -rf "$DATA"' EXIT
echo "== detection: a month through the inbound API (startup ${STARTUP_MS} ms, RSS $(rss_mb) MB)"
driver org.loyaldesk.bench.ProactiveReplay "$URL" bench-token-0123456789 "$APP_PID" "$TICKS" "$SEED" "$DAYS" "$CLIENTS"
echo "RSS after the month: $(rss_mb) MB"
stop_app; rm -rf "$DATA"

DATA=$(mktemp -d)
start_app "$RESULTS/proactive-solve.log" --loyaldesk.data-dir="$DATA" --loyaldesk.demo=false
echo "== bulk solve: $SOLVE linked conversations (startup ${STARTUP_MS} ms, RSS $(rss_mb) MB)"
driver org.loyaldesk.bench.BulkSolve "$URL" bench-token-0123456789 "$APP_PID" "$TICKS" "$SOLVE"
echo "load average at the end $(load_average)"
