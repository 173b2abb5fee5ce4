package org.loyaldesk.proactive;

/** An incident, notice or resolution that cannot be taken as sent; {@code reason} names what, for the screen. */
public class InvalidIncident extends IllegalArgumentException {

    private final String reason;

    InvalidIncident(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A short code for the message bundle, e.g. {@code title-missing}. */
    public String reason() {
        return reason;
    }
}
