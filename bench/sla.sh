#!/usr/bin/env bash
# SLA recomputation for 100,000 open conversations: the due time of every one, after a policy changes.
# usage: bench/sla.sh h2|postgres [open conversations]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=${1:-h2}; CONVERSATIONS=${2:-100000}
BASE="http://127.0.0.1:${PORT:-18080}"; TOKEN=bench-token-0123456789
build
DATA=$(mktemp -d)
ARGS=(--loyaldesk.data-dir="$DATA" --loyaldesk.demo=false --loyaldesk.insight.reading-interval=1h)
if [[ $DB == postgres ]]; then
  set -a; source /var/lib/loyaldesk-ci/services.env; set +a
  read -r -a PG <<<"$(postgres_args sla)"; ARGS+=("${PG[@]}")
fi
LOG="$RESULTS/sla-$DB.log"
# another Loyaldesk on the port (a second benchmark on the same machine) would answer for this one
if curl -s -o /dev/null "$BASE/actuator/health"; then echo "port ${PORT:-18080} is in use: set PORT" >&2; exit 1; fi
start_app "$LOG" "${ARGS[@]}"
# imported history raises no events the SLA listens to: the recomputations below are all the SLA work
driver org.loyaldesk.bench.BulkImport "$BASE" "$TOKEN" "$CONVERSATIONS" 2 active

api() { curl -sf -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$BASE$2" ${3:+-d "$3"}; }
# a policy change recomputes every open conversation in the background and logs how long it took
wait_for_run() {
  for _ in $(seq 1200); do
    if [[ $(grep -c 'SLA due times recomputed' "$LOG") -ge $1 ]]; then grep 'SLA due times recomputed' "$LOG" | tail -n1; return; fi
    sleep 0.5
  done
  echo "no recomputation logged" >&2; exit 1
}
echo "first policies (every clock is new: 100,000 inserted, every due time written)"
api PUT /api/v1/automation/sla/policies '{"priority":"normal","channel":"any","firstReplyMinutes":240,"nextReplyMinutes":120,"resolutionMinutes":2400}' >/dev/null
wait_for_run 1
api PUT /api/v1/automation/sla/policies '{"priority":"high","channel":"any","firstReplyMinutes":60,"nextReplyMinutes":60,"resolutionMinutes":960}' >/dev/null
wait_for_run 2
echo "targets changed (every due time moves: updated in place)"
api PUT /api/v1/automation/sla/policies '{"priority":"normal","channel":"any","firstReplyMinutes":180,"nextReplyMinutes":90,"resolutionMinutes":1800}' >/dev/null
wait_for_run 3
echo "nothing changed (read and compute only), synchronous POST /recompute, three rounds"
for round in 1 2 3; do api POST /api/v1/automation/sla/recompute; echo; done
echo "inbox sorted by due time, first page: $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/conversations?sort=due&limit=50") s"
echo "RSS after load: $(rss_mb) MB"
stop_app
rm -rf "$DATA"
