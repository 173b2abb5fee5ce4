package org.loyaldesk.automation.routing;

import java.util.Arrays;
import java.util.Locale;

import org.loyaldesk.platform.RuleViolationException;

/** How a team shares its work among its online agents. */
public enum TeamAssignment {
    /** In turn, so that everyone gets new work as it comes. */
    ROUND_ROBIN,
    /** To whoever has the fewest open conversations, so that nobody drowns while others wait. */
    LEAST_BUSY;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TeamAssignment fromCode(String code) {
        String clean = code == null ? "" : code.strip().replace('_', '-');
        return Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(clean)).findFirst()
            .orElseThrow(() -> new RuleViolationException("routing-assignment",
                "Assignment is round-robin or least-busy"));
    }
}
