package org.loyaldesk.channel.email.automatic;

/**
 * One recipient a bounce reports on. {@code status} is the RFC 3463 code ("5.1.1"), "" if the
 * bounce gave none; {@code action} is the RFC 3464 action ("failed", "delayed"), "failed" for
 * bounces that do not say.
 */
public record FailedRecipient(String address, String action, String status, String diagnostic) {

    /** A permanent failure: the address will not work when tried again. */
    public boolean permanent() {
        return status.startsWith("5") || status.isEmpty() && action.equals("failed");
    }
}
