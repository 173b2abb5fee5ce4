package org.loyaldesk.insight;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the churn model and the effort weights are worth training again. Training reads every
 * customer, so new conversations alone wait until they have grown the data by a twentieth or the
 * model is ten minutes old; new labels (churn marks, survey answers) are what the models learn
 * from, so they count at once. The data is described by {@link ChurnRisks#fingerprint()}:
 * "churn marks/conversation signals/survey answers".
 */
final class TrainingDue {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final double GROWTH = 0.05;

    private TrainingDue() {
    }

    static boolean due(String trainedOn, Instant trainedAt, String now, Instant at) {
        if (now.equals(trainedOn)) {
            return false;
        }
        long[] before = counts(trainedOn);
        long[] after = counts(now);
        if (before == null || after == null || trainedAt == null) {
            return true;
        }
        boolean newLabels = before[0] != after[0] || before[2] != after[2];
        boolean grown = Math.abs(after[1] - before[1]) >= Math.max(1, GROWTH * before[1]);
        return newLabels || grown || !trainedAt.plus(MAX_AGE).isAfter(at);
    }

    private static long[] counts(String fingerprint) {
        String[] parts = fingerprint == null ? new String[0] : fingerprint.split("/");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]) };
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }
}
