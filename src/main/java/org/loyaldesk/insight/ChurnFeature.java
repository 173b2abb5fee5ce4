package org.loyaldesk.insight;

import java.util.Locale;

/**
 * What the churn model looks at for a customer. The prior weights are a reasoned start, used until
 * there are enough customers marked as churned to learn from.
 */
public enum ChurnFeature {
    /** Mean effort of the last 90 days, as 7 − CES: 0 easy .. 6 very hard. */
    RECENT_EFFORT(0.45),
    /** Conversations still waiting for a solution. */
    OPEN_ISSUES(0.5),
    /** Conversations of the last 180 days with an angry moment and no positive end. */
    UNRECOVERED(0.9),
    /** Conversations of the last 180 days that were a repeat contact or had one. */
    REPEAT_CONTACTS(0.6),
    /** Negative survey answers of the last year. */
    NEGATIVE_ANSWERS(0.8),
    /** log(1 + days since the last order). */
    DAYS_SINCE_ORDER(0.5),
    /** log(1 + days as a customer): loyalty grows with time. */
    TENURE(-0.25),
    /** Conversations of the last 180 days where an angry customer was won back. */
    RECOVERED(-0.4);

    static final double PRIOR_BIAS = -3.0;

    private final double prior;

    ChurnFeature(double prior) {
        this.prior = prior;
    }

    public double prior() {
        return prior;
    }

    /**
     * What a lead reads as the evidence for this reason, in the unit people count in: conversations and
     * answers as a count, the last order and tenure in days, effort on the CES scale (1 very hard .. 7 very easy).
     */
    public Number evidence(double value) {
        return switch (this) {
            case RECENT_EFFORT -> Math.round((7 - value) * 10) / 10.0;
            case DAYS_SINCE_ORDER, TENURE -> Math.round(Math.expm1(value));
            default -> Math.round(value);
        };
    }

    /** Whether a customer's value says something a lead can act on: "0 negative answers" is no reason to leave. */
    public boolean speaks(double value) {
        return switch (this) {
            // a CES of 5 or more (somewhat easy or better) is no effort a lead needs to look at
            case RECENT_EFFORT -> value > 2;
            case DAYS_SINCE_ORDER, TENURE -> true;
            default -> Math.round(value) > 0;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
