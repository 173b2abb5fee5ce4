#!/usr/bin/env bash
# Email ingest: the whole SpamAssassin corpus through the MTA pipe at concurrency 1 and 8, then over
# IMAP from the local Dovecot; RSS after each. Needs ../shared/data and, for IMAP and PostgreSQL,
# the services of .ci/services.sh.
# usage: bench/mail.sh h2|postgres
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=${1:-h2}
CORPUS=$ROOT/../shared/data/email/spamassassin
set -a; [[ -f /var/lib/loyaldesk-ci/services.env ]] && source /var/lib/loyaldesk-ci/services.env; set +a
build
for c in 1 8; do
  DATA=$(mktemp -d)
  ARGS=(--loyaldesk.data-dir="$DATA" --loyaldesk.demo=false)
  if [[ $DB == postgres ]]; then read -r -a PG <<<"$(postgres_args mail$c)"; ARGS+=("${PG[@]}"); fi
  JVM_OPTS=${JVM_OPTS:--Xmx512m} start_app "$RESULTS/mail-$DB-c$c.log" "${ARGS[@]}"
  driver org.loyaldesk.bench.MailPipeLoad "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$CORPUS" "$c" "pipe-$DB-c$c"
  echo "RSS after the corpus: $(rss_mb) MB"
  if [[ $c == 1 ]]; then
    driver org.loyaldesk.bench.MailPipeLoad "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$CORPUS" 8 "pipe-$DB-again"
  fi
  stop_app; rm -rf "$DATA"
done
if [[ -n ${LOYALDESK_TEST_IMAP_HOST:-} ]]; then
  DATA=$(mktemp -d)
  ARGS=(--loyaldesk.data-dir="$DATA" --loyaldesk.demo=false --loyaldesk.mail.poll-interval=1s)
  if [[ $DB == postgres ]]; then read -r -a PG <<<"$(postgres_args imap)"; ARGS+=("${PG[@]}"); fi
  JVM_OPTS=${JVM_OPTS:--Xmx512m} start_app "$RESULTS/imap-$DB.log" "${ARGS[@]}"
  driver org.loyaldesk.bench.ImapLoad "http://127.0.0.1:${PORT:-18080}" bench-token-0123456789 "$CORPUS" \
    "$LOYALDESK_TEST_IMAP_HOST" "$LOYALDESK_TEST_IMAP_PORT" "$LOYALDESK_TEST_SUPPORT_USER" "$LOYALDESK_TEST_SUPPORT_PASSWORD"
  echo "RSS after IMAP ingest: $(rss_mb) MB"
  stop_app; rm -rf "$DATA"
fi
