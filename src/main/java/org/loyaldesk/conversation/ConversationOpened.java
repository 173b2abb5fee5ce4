package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/** A customer raised a new issue. {@code previousConversationId} links a repeat contact to the issue before it. */
public record ConversationOpened(long conversationId, long customerId, Channel channel, Long previousConversationId) {
}
