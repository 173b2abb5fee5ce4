#!/usr/bin/env bash
# Trains the shipped sentiment and anger models from ../shared/data into src/main/resources/text/model/
# and prints their held-out evaluation. Deterministic: the same data gives byte-identical model files.
# exec:exec (not exec:java) so that the main runs on the JDK the toolchain selected, not Maven's own.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx4g -cp %classpath org.loyaldesk.bench.TrainTextModels"
