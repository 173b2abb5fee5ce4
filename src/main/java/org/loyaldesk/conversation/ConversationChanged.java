package org.loyaldesk.conversation;

/**
 * Something about the conversation that agents see changed (priority, tags, reason). Screens
 * that show the conversation refresh on it.
 */
public record ConversationChanged(long conversationId, String what) {
}
