package org.loyaldesk.automation.sla;

import java.util.Locale;

/** What a conversation is due for: our first answer, our answer to the customer's latest message, or a solution. */
public enum SlaTarget {
    FIRST_REPLY, NEXT_REPLY, RESOLUTION;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
