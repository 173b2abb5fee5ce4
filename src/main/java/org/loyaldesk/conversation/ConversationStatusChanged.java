package org.loyaldesk.conversation;

/** Any change of status, including the ones that also have an event of their own (solved, reopened). */
public record ConversationStatusChanged(long conversationId, ConversationStatus from, ConversationStatus to) {
}
