package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/** The customer wrote to us. */
public record MessageReceived(long conversationId, long messageId, long customerId, Channel channel) {
}
