package org.loyaldesk.automation.routing;

import java.util.Arrays;
import java.util.Locale;

import org.loyaldesk.platform.RuleViolationException;

/** Whether an agent takes new work: only an online agent is assigned conversations. */
public enum Availability {
    ONLINE, AWAY, OFFLINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Availability fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(code == null ? "" : code.strip()))
            .findFirst().orElseThrow(() -> new RuleViolationException("availability",
                "Availability is one of online, away, offline"));
    }
}
