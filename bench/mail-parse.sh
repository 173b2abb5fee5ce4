#!/usr/bin/env bash
# Parse throughput over the whole SpamAssassin corpus (single-threaded), peak heap, problem counts,
# spam model load time and parse + score rate. Usage: bench/mail-parse.sh [rounds]
source "$(dirname "$0")/java.sh"
run_main -Xmx128m org.loyaldesk.bench.MailParseBenchmark "${1:-5}"
