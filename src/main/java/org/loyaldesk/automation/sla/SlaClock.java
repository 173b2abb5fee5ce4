package org.loyaldesk.automation.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A conversation's service-level clock as stored: which target runs and when it is due, when to warn, whether the
 * warning and the breach were already raised, and how much business time it stood paused waiting for the customer.
 * {@code checkAt} is the next moment the watch must look at it (the warning, then the breach), or null.
 */
record SlaClock(long conversationId, SlaTarget target, Instant startedAt, Instant dueAt, Instant warnAt,
                Instant pausedSince, long pausedSeconds, boolean warned, boolean breached) {

    static SlaClock fresh(long conversationId) {
        return new SlaClock(conversationId, null, null, null, null, null, 0, false, false);
    }

    Duration paused() {
        return Duration.ofSeconds(pausedSeconds);
    }

    boolean running() {
        return dueAt != null;
    }

    Instant checkAt() {
        if (dueAt == null) {
            return null;
        }
        if (!warned && warnAt != null && warnAt.isBefore(dueAt)) {
            return warnAt;
        }
        return breached ? null : dueAt;
    }

    SlaClock warningRaised() {
        return new SlaClock(conversationId, target, startedAt, dueAt, warnAt, pausedSince, pausedSeconds, true, breached);
    }

    SlaClock breachRaised() {
        return new SlaClock(conversationId, target, startedAt, dueAt, warnAt, pausedSince, pausedSeconds, true, true);
    }
}
