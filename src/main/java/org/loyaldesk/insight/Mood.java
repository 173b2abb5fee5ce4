package org.loyaldesk.insight;

/** How a conversation felt to the customer, by the peak-end rule. */
public enum Mood {
    /** An angry or very negative moment, and a positive end: the customer was won back. */
    RECOVERED,
    /** An angry or very negative moment, and no positive end (yet). */
    UNRECOVERED,
    /** No negative peak worth recovering from. */
    CALM;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
