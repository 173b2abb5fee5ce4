#!/usr/bin/env bash
# Search figures for BENCHMARKS.md: indexing throughput and CPU, query time (p50/p90/p99, in process: the
# server's share of a search, without HTTP and database) and CPU per query, index size, with the load
# average beside each, on generated Dutch and English messages.
# MESSAGES=1000000 bench/search.sh for the million-message figure (default 100,000); HEAP (default -Xmx1g,
# -Xmx2g is enough for a million); THREADS indexing threads (default: every core).
source "$(dirname "$0")/java.sh"
mkdir -p bench/results
run_main "${HEAP:--Xmx1g}" org.loyaldesk.search.SearchBenchmark | tee bench/results/search.txt
