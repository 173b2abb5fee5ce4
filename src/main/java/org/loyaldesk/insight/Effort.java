package org.loyaldesk.insight;

import java.util.Map;

/**
 * A computed effort score on the CES scale (1 very hard .. 7 very easy) and what each driver cost.
 *
 * @param costs points each driver took off the score, in the order of {@link EffortDriver}
 */
public record Effort(double score, Map<EffortDriver, Double> costs) {

    /** From 5 on, the customer found it easy; up to 3, hard; as CES survey answers are read. */
    public boolean easy() {
        return score >= 5;
    }

    public boolean hard() {
        return score <= 3;
    }
}
