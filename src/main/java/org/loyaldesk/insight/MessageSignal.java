package org.loyaldesk.insight;

import java.time.Instant;

/** The reading of one message: a customer's feeling or the tone of our reply. */
public record MessageSignal(long messageId, long conversationId, boolean byCustomer, Long authorId, Instant at,
                            String language, double sentiment, double anger, String drivers) {

    public double feeling() {
        return PeakEnd.feeling(sentiment, anger);
    }
}
