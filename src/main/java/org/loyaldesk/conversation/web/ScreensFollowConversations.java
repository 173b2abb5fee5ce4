package org.loyaldesk.conversation.web;

import org.loyaldesk.conversation.ConversationChanged;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationStatusChanged;
import org.loyaldesk.conversation.ConversationTransferred;
import org.loyaldesk.conversation.MessageReceived;
import org.loyaldesk.conversation.NoteAdded;
import org.loyaldesk.conversation.ReplyPosted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens what changed, after the change is committed (a screen must never show
 * what a rollback undid). These pushes are not recorded in the event publication registry:
 * a screen that misses one catches up when it reloads.
 */
@Component
class ScreensFollowConversations {

    private final LiveUpdates live;

    ScreensFollowConversations(LiveUpdates live) {
        this.live = live;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageReceived event) {
        timeline(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReplyPosted event) {
        timeline(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoteAdded event) {
        timeline(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationTransferred event) {
        timeline(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationStatusChanged event) {
        timeline(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationChanged event) {
        timeline(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationOpened event) {
        live.push("inbox", "inbox");
    }

    private void timeline(long conversationId) {
        live.push(LiveUpdates.conversation(conversationId), "conversation");
        live.push("inbox", "inbox");
    }
}
