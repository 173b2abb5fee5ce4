package org.loyaldesk.conversation;

/**
 * An agent merged conversation {@code mergedId} into {@code intoId}, both of one customer: every
 * message, tag and reading of the first now belongs to the second. Published inside the merge's
 * transaction, so that other modules move their data in the same commit.
 */
public record ConversationsMerged(long mergedId, long intoId, long customerId) {
}
