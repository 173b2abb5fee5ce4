package org.loyaldesk.automation;

import org.loyaldesk.conversation.ConversationWork;
import org.springframework.stereotype.Component;

/**
 * Says in the conversation's timeline what automation did and why ("Routed to Returns: contact reason
 * return-refund"), as an internal note by Loyaldesk, so that agents and leads see every decision where they work.
 */
@Component
public class Explanations {

    private final ConversationWork work;

    Explanations(ConversationWork work) {
        this.work = work;
    }

    public void explain(long conversationId, String text) {
        work.note(conversationId, text);
    }
}
