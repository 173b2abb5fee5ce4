package org.loyaldesk.conversation;

/** The issue is solved, as far as we can tell; the customer may still reopen it. */
public record ConversationSolved(long conversationId, long customerId) {
}
