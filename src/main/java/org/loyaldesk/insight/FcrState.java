package org.loyaldesk.insight;

import java.util.Locale;

/** First-contact resolution of one conversation. */
public enum FcrState {
    /** Not solved yet, or solved less than seven days ago without a reason to say no. */
    PENDING,
    YES,
    NO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
