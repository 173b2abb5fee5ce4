package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/** An agent answered the customer; the reply still has to be delivered on {@code channel}. */
public record ReplyPosted(long conversationId, long messageId, Channel channel, Long agentId) {
}
