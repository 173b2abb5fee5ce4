package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/** A reply as a channel delivers it. */
public record OutgoingReply(long messageId, long conversationId, long customerId, Channel channel, String authorName,
                            String text, String subject, boolean toEveryone) {
}
