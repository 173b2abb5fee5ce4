# Sourced by the bench scripts: compiles the tests once and runs a benchmark main class on a JDK 21+
# (Maven itself may run on 17, so exec:java in Maven's JVM cannot load our Java 21 classes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
JAVA=java
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
     && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA="$candidate/bin/java"
    break
  fi
done
run_main() {
  local heap="$1" main="$2"
  shift 2
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) commit $(git rev-parse --short HEAD) $("$JAVA" -version 2>&1 | head -1) $(nproc) cores"
  "$JAVA" "$heap" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$main" "$@"
}
