package org.loyaldesk.conversation;

import org.loyaldesk.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When two customer records are merged, their conversations move in the same transaction:
 * a merge either happens whole or not at all.
 */
@Component
class ConversationsFollowMergedCustomers {

    private final Conversations conversations;

    ConversationsFollowMergedCustomers(Conversations conversations) {
        this.conversations = conversations;
    }

    @EventListener
    void on(CustomersMerged merged) {
        conversations.moveAll(merged.duplicateId(), merged.survivorId());
    }
}
