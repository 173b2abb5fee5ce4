package org.loyaldesk.conversation;

import java.util.List;

/**
 * An agent split {@code messageIds} off conversation {@code fromId} into the new conversation
 * {@code newId}. Published inside the split's transaction.
 */
public record ConversationSplit(long fromId, long newId, long customerId, List<Long> messageIds) {
}
