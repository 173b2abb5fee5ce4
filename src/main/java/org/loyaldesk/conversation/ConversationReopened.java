package org.loyaldesk.conversation;

/** A solved conversation needs work again, usually because the customer wrote back. */
public record ConversationReopened(long conversationId, long customerId) {
}
