package org.loyaldesk.automation.reason;

import java.time.Instant;

/**
 * One retrain: how many corrections it learnt from, how many were held back, and how often the classifier before
 * and after it picked the reason the agent chose on those held-back ones (null: none held back yet).
 * Public accessors: the admin screen shows them.
 */
public record Training(long id, Instant trainedAt, String trigger, int examples, int heldBack, Double accuracy,
                       Double accuracyBefore) {

    public Integer percent() {
        return accuracy == null ? null : (int) Math.round(accuracy * 100);
    }

    public Integer percentBefore() {
        return accuracyBefore == null ? null : (int) Math.round(accuracyBefore * 100);
    }
}
