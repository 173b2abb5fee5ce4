package org.loyaldesk.channel.spi;

import java.util.Optional;

/**
 * A line under a reply mail that takes the customer to the conversation online (the customer
 * portal contributes it), so they can follow it there without signing in first.
 */
public interface ReplyMailLinks {

    /** The line, in the customer's language, or empty when there is nothing to link to. */
    Optional<String> footer(long customerId, long conversationId);
}
