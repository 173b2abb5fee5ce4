package org.loyaldesk.conversation;

/** Where an incoming message was filed. {@code duplicate} means it had been received before. */
public record Receipt(long customerId, long conversationId, long messageId, boolean duplicate) {
}
