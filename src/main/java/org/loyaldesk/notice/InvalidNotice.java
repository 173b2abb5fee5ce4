package org.loyaldesk.notice;

/**
 * A notice that cannot be posted as it is. The message is for an integrator; the reason is a short
 * code the team screen turns into a sentence in the lead's language.
 */
public class InvalidNotice extends IllegalArgumentException {

    private final String reason;

    InvalidNotice(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
