package org.loyaldesk.insight;

import java.util.Locale;

/** Loyalty in two buckets: what makes customers stay, and what makes them leave. */
public enum TagBucket {
    LOYALTY, CHURN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
