package org.loyaldesk.notice;

import java.util.Locale;

/** How much a notice matters to the customer, least first: an outage is shown before a warning, a warning before news. */
public enum Severity {
    INFO, WARNING, OUTAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a screen reader should interrupt for it (role "alert") rather than wait for a pause
     * (role "status"): only when something the customer relies on is down.
     */
    public boolean interrupts() {
        return this == OUTAGE;
    }

    public static Severity fromCode(String code) {
        for (Severity severity : values()) {
            if (severity.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return severity;
            }
        }
        throw new InvalidNotice("severity", "Unknown severity '" + code + "': use info, warning or outage");
    }
}
