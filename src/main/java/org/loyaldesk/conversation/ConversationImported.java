package org.loyaldesk.conversation;

/** A past conversation was brought in whole; listeners that score conversations pick it up like a live one. */
public record ConversationImported(long conversationId, long customerId) {
}
