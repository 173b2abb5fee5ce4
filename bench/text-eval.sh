#!/usr/bin/env bash
# Evaluates the text module (quality on held-out data, Banking77, load time, heap, throughput) on the
# data in ../shared/data and prints the figures recorded in BENCHMARKS.md. Single-threaded figures:
# run it on an otherwise quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx2g -XX:+UseSerialGC -XX:ActiveProcessorCount=1 -cp %classpath org.loyaldesk.bench.TextEvaluation"
