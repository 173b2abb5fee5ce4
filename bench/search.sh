#!/usr/bin/env bash
# Search figures for BENCHMARKS.md: indexing throughput, query time (p50/p90/p99, in process: the
# server's share of a search, without HTTP and database) and index size, on generated Dutch and
# English messages. MESSAGES=1000000 bench/search.sh for the million-message figure (default 100,000).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx1g -cp %classpath org.loyaldesk.search.SearchBenchmark" | tee bench/results/search.txt
