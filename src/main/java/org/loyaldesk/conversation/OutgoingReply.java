package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/**
 * A reply as a channel delivers it.
 *
 * @param address where to send it when the channel should not choose (a chat that continues by email at the
 *                address the visitor gave, which is not the customer's own until verified); null: the channel chooses
 */
public record OutgoingReply(long messageId, long conversationId, long customerId, Channel channel, String authorName,
                            String text, String subject, boolean toEveryone, String address) {

    public OutgoingReply(long messageId, long conversationId, long customerId, Channel channel, String authorName,
                         String text, String subject, boolean toEveryone) {
        this(messageId, conversationId, customerId, channel, authorName, text, subject, toEveryone, null);
    }
}
