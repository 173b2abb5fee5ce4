package org.loyaldesk;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a real PostgreSQL, mail server or browser skip with a printed reason where it
 * is absent (a laptop), and fail where it must be present: CI sets LOYALDESK_REQUIRE_SERVICES=1.
 */
public final class RequiredService {

    private RequiredService() {
    }

    public static void require(String service, boolean present, String howToGetIt) {
        if (present) {
            return;
        }
        String reason = service + " is not available: " + howToGetIt;
        if ("1".equals(System.getenv("LOYALDESK_REQUIRE_SERVICES"))) {
            fail(reason + " (LOYALDESK_REQUIRE_SERVICES=1, so this is an error, not a skip)");
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    public static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
