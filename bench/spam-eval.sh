#!/usr/bin/env bash
# Re-trains the spam model on the 80% training split and prints its evaluation on the 20% test split.
# Usage: bench/spam-eval.sh [--write]   (--write replaces src/main/resources/email/spam-model.tsv)
# Other hyperparameters: JAVA_OPTS is not used; pass e.g. bench/spam-eval.sh with -Dalpha via SPAM_OPTS.
source "$(dirname "$0")/java.sh"
run_main -Xmx1g ${SPAM_OPTS:-} org.loyaldesk.bench.SpamModelTraining "$@"
