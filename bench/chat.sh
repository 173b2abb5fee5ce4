#!/usr/bin/env bash
# Web chat figures for BENCHMARKS.md: <connections> widget streams (GET /chat/stream) held open at once; memory per
# open connection; visitor -> agent screen and agent -> visitor round trips while they stay open, with the app's
# CPU per round trip and GET /actuator/health as the ceiling of the same run (org.loyaldesk.bench.ChatLoad).
# usage: bench/chat.sh h2|postgres [connections] [round trips] [handed-over chats] [pace ms]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=${1:-h2}; CONNECTIONS=${2:-500}; ROUND_TRIPS=${3:-300}; CHATS=${4:-20}; PACE=${5:-50}
OUT=$RESULTS/chat-$DB.txt

# every stream is a socket in the app and one in the driver, both on this machine's limit
NEEDED=$((CONNECTIONS * 2 + 1000))
if (( $(ulimit -n) < NEEDED )); then
  ulimit -n "$(( $(ulimit -Hn) < NEEDED ? $(ulimit -Hn) : NEEDED ))"
  (( $(ulimit -n) >= NEEDED )) || { echo "open files limit $(ulimit -n) < $NEEDED; raise ulimit -Hn" >&2; exit 1; }
fi

build
DATA=$(mktemp -d)
trap 'stop_app; rm -rf "$DATA" "$DATA.key"' EXIT
# chats go to people whatever the hour; the abuse limits per IP address (every visitor here is 127.0.0.1) and per
# visitor are lifted, they are not what is measured; Tomcat's max-connections is 8192 by default
ARGS=(--loyaldesk.data-dir="$DATA" --loyaldesk.demo=false --loyaldesk.chat.live-outside-business-hours=true
  --loyaldesk.chat.visitors-per-ip-per-hour=1000000 --loyaldesk.chat.messages-per-ip-per-minute=1000000
  --loyaldesk.chat.messages-per-minute=1000000)
if [[ $DB == postgres ]]; then
  set -a; source /var/lib/loyaldesk-ci/services.env; set +a
  read -r -a PG <<<"$(postgres_args chat)"; ARGS+=("${PG[@]}")
fi
exec > >(tee "$OUT") 2>&1
echo "# $(date -u +%Y-%m-%dT%H:%MZ) commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD || echo ' (uncommitted changes)')" \
  "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), ulimit -n $(ulimit -n)"
start_app "$RESULTS/chat-$DB.log" "${ARGS[@]}"
echo "startup to ready: ${STARTUP_MS} ms, RSS $(rss_mb) MB"
driver org.loyaldesk.bench.ChatLoad "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$APP_PID" \
  "$CONNECTIONS" "$ROUND_TRIPS" "$CHATS" "$PACE" "$DB"
echo "RSS after load: $(rss_mb) MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
