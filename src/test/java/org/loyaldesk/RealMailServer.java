package org.loyaldesk;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Postfix and Dovecot that .ci/services.sh starts, for the tests that use real mail: their
 * settings from the environment, Loyaldesk pointed at them, and a clear skip where they are absent.
 */
public final class RealMailServer {

    private RealMailServer() {
    }

    /** A setting of the mail servers, e.g. {@code IMAP_HOST}, or null when they are not there. */
    public static String env(String name) {
        return RequiredService.env("LOYALDESK_TEST_" + name);
    }

    /** Loyaldesk sends through the real SMTP server, from the real support address. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> env("SMTP_HOST") == null ? "127.0.0.1" : env("SMTP_HOST"));
        registry.add("spring.mail.port", () -> env("SMTP_PORT") == null ? "2525" : env("SMTP_PORT"));
        registry.add("loyaldesk.mail.address", () -> env("SUPPORT_ADDRESS") == null ? "support@loyaldesk.test"
            : env("SUPPORT_ADDRESS"));
    }

    public static void require() {
        RequiredService.require("Dovecot and Postfix", env("IMAP_HOST") != null && env("SMTP_HOST") != null,
            "run .ci/services.sh mail and source /var/lib/loyaldesk-ci/services.env");
    }
}
