package org.loyaldesk.conversation;

/** A colleague left an internal note. */
public record NoteAdded(long conversationId, long messageId) {
}
