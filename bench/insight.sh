#!/usr/bin/env bash
# Insight figures for BENCHMARKS.md: churn AUC on the IBM Telco set (../shared/data/churn), the effort
# calibration's fit and the churn model's AUC on the demo shop, and dashboard latency on the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx1g -cp %classpath org.loyaldesk.bench.InsightBenchmark"
