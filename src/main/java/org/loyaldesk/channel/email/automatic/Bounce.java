package org.loyaldesk.channel.email.automatic;

import java.util.List;

/**
 * A report that mail we sent did not arrive. {@code originalMessageId} identifies the message that
 * bounced (from the returned headers), "" when the bounce did not include it; {@code standard} is
 * true for an RFC 3464 delivery status notification, false for a bounce recognised by its words.
 */
public record Bounce(List<FailedRecipient> recipients, String originalMessageId, boolean standard) {

    public Bounce {
        recipients = List.copyOf(recipients);
    }

    public boolean permanent() {
        return !recipients.isEmpty() && recipients.stream().allMatch(FailedRecipient::permanent);
    }
}
