#!/usr/bin/env bash
# The inbound API with 200 active rules on "message received" and routing on, against the same run without either
# (issue 14). 199 rules look at a tag no conversation has, one matches every message and tags it: every message makes
# the engine load the rules and read the conversation, one firing a message writes a tag and a timeline note.
# Routing sends every message to a team by a rule on its channel, where no agent is online: it waits in the queue.
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
  if [[ $rules -gt 0 ]]; then
    local team
    team=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$URL/api/v1/teams" \
      -d '{"name":"Bench routing"}' | sed -E 's/.*"id":([0-9]+).*/\1/')
    curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      "$URL/api/v1/automation/routing/settings" -d '{"enabled":true,"idleMinutes":10,"defaultCapacity":8}'
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      "$URL/api/v1/automation/routing/rules" -d "{\"teamId\":$team,\"channel\":\"api\"}"
  fi
  for i in $(seq 1 "$rules"); do
    if [[ $i -eq 1 ]]; then
      condition='{"field":"channel","operator":"is","value":"api"}'; action='{"type":"tag","value":"bench-auto"}'
    else
      condition="{\"field\":\"tag\",\"operator\":\"is\",\"value\":\"bench-$i\"}"; action='{"type":"priority","value":"high"}'
    fi
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$URL/api/v1/automation/rules" \
      -d "{\"name\":\"bench $i\",\"active\":true,\"trigger\":\"message-received\",\"conditions\":[$condition],\"actions\":[$action]}"
  done
  # a first round warms the JIT up, so that both runs are measured on compiled code
  driver org.loyaldesk.bench.InboundLoad "$URL" "$TOKEN" "$CONCURRENCY" "$((MESSAGES / 4))" "rules-$label-warm-up" >/dev/null
  wait_until_quiet # the warm-up's listeners must not run into the measured round
  local before after load
  before=$(cpu_ticks); load=$(load_average)
  driver org.loyaldesk.bench.InboundLoad "$URL" "$TOKEN" "$CONCURRENCY" "$MESSAGES" "rules-$label"
  # the rules and routing run after the answer: let them (and the other listeners) finish before the CPU is read
  local drained=$SECONDS
  wait_until_quiet
  after=$(cpu_ticks); drained=$((SECONDS - drained))
  awk -v t=$((after - before)) -v hz="$TICKS" -v n="$MESSAGES" -v load="$load" -v end="$(load_average)" -v l="$label" -v d="$drained" \
    'BEGIN { printf "rules-%s app CPU %.2f ms/message, the work after the answer included (load average %s, then %s; quiet %d s after the last answer)\n", l, t * 1000 / hz / n, load, end, d }'
  stop_app
  rm -rf "$data"
}

run off 0
run on 200
