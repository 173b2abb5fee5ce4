#!/usr/bin/env bash
# The inbound API with 200 active rules on "message received" against the same run without rules (issue 14).
# 199 rules look at a tag no conversation has, one matches every message and tags it: every message makes the
# engine load the rules and read the conversation, one firing a message writes a tag and a timeline note.
# usage: bench/rules.sh [messages] [concurrency]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MESSAGES=${1:-2000}; CONCURRENCY=${2:-4}
TOKEN=bench-token-0123456789
URL="http://127.0.0.1:${PORT:-18080}"
build

run() {
  local label=$1 rules=$2 data
  data=$(mktemp -d)
  start_app "$RESULTS/rules-$label.log" --loyaldesk.data-dir="$data" --loyaldesk.demo=false
  for i in $(seq 1 "$rules"); do
    if [[ $i -eq 1 ]]; then
      condition='{"field":"channel","operator":"is","value":"api"}'; action='{"type":"tag","value":"bench-auto"}'
    else
      condition="{\"field\":\"tag\",\"operator\":\"is\",\"value\":\"bench-$i\"}"; action='{"type":"priority","value":"high"}'
    fi
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$URL/api/v1/automation/rules" \
      -d "{\"name\":\"bench $i\",\"active\":true,\"trigger\":\"message-received\",\"conditions\":[$condition],\"actions\":[$action]}"
  done
  driver org.loyaldesk.bench.InboundLoad "$URL" "$TOKEN" "$CONCURRENCY" "$MESSAGES" "rules-$label"
  stop_app
  rm -rf "$data"
}

run off 0
run on 200
