#!/usr/bin/env bash
# Knowledge base figures for BENCHMARKS.md: 10,000 published articles (half Dutch, half English) created through
# the REST API (save rate, time until all are searchable, index rebuild), then wrk over loopback against the team
# search, the public article page, the help centre's as-you-type results and, as the ceiling of the same run, a
# static file. For each: requests/s, p50/p99 and the application's CPU per request (utime + stime from
# /proc/<pid>/stat, divided by the requests wrk completed).
# usage: bench/knowledge.sh [articles] [seconds per wrk run]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ARTICLES=${1:-10000}; SECONDS_EACH=${2:-15}
BASE="http://127.0.0.1:${PORT:-18080}"
TOKEN=bench-token-0123456789
OUT=$RESULTS/knowledge.txt
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
build
DATA=$(mktemp -d)
PATHS_DIR=$DATA/paths
# the application keeps a key file beside its data directory
trap 'stop_app; rm -rf "$DATA" "$DATA.key"' EXIT
exec > >(tee "$OUT") 2>&1
echo "# $(date -u +%Y-%m-%dT%H:%MZ) commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD || echo ' (uncommitted changes)')" \
  "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app "$RESULTS/knowledge.log" --loyaldesk.data-dir="$DATA" --loyaldesk.demo=false
echo "startup to ready: ${STARTUP_MS} ms, RSS $(rss_mb) MB"
driver org.loyaldesk.bench.KnowledgeSeed "$BASE" "$TOKEN" "$ARTICLES" 4 "$PATHS_DIR"
echo "RSS after seeding: $(rss_mb) MB"

# run <label> <paths file> <connections> <threads> <seconds> [wrk options...]
run() {
  local label=$1 paths=$2 connections=$3 threads=$4 seconds=$5; shift 5
  local before after result load
  load=$(cut -d' ' -f1 /proc/loadavg)
  before=$(cpu_ticks)
  result=$(PATHS=$PATHS_DIR/$paths wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s \
    -s "$ROOT/bench/knowledge.lua" "$@" "$BASE/" | grep '^RESULT')
  after=$(cpu_ticks)
  awk -v label="$label" -v c="$connections" -v ticks=$((after - before)) -v hz="$TICKS" -v load="$load" -v r="$result" 'BEGIN {
    n = split(r, parts, /[ =]/); for (i = 2; i < n; i += 2) v[parts[i]] = parts[i + 1]
    printf "%-22s c%-2d %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  app CPU %6.3f ms/req  errors %d  (%d requests, load %s)\n",
      label, c, v["rps"], v["p50"], v["p99"], v["max"], ticks * 1000 / hz / v["requests"], v["errors"], v["requests"], load
  }'
}
AUTH=(-H "Authorization: Bearer $TOKEN")
for target in static:static.paths search:search.paths article:article.paths suggest:suggest.paths; do
  label=${target%%:*}; paths=${target#*:}
  case $label in
    static) name="static /css/help.css" ;; search) name="team search (14 q)" ;;
    article) name="article page (1000)" ;; suggest) name="suggest ?q=ontk" ;;
  esac
  opts=(); [[ $label == search ]] && opts=("${AUTH[@]}")
  run "$name warm-up" "$paths" 2 1 10 "${opts[@]}" >/dev/null
  run "$name" "$paths" 1 1 "$SECONDS_EACH" "${opts[@]}"
  run "$name" "$paths" 4 2 "$SECONDS_EACH" "${opts[@]}"
done
# each team search alone, one at a time, to see which kind of query costs what (curl's total time, 20 each)
echo "team search per query (20 sequential requests each, curl time_total):"
while read -r path; do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE$path" >/dev/null
  for _ in $(seq 20); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE$path"; done \
    | sort -n | awk -v q="${path#*q=}" '{t[NR] = $1 * 1000} END {printf "  %-32s p50 %6.1f ms  max %6.1f ms\n", q, t[int(NR / 2)], t[NR]}'
done <"$PATHS_DIR/search.paths"
echo "RSS after load: $(rss_mb) MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
