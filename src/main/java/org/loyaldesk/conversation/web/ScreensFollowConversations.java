package org.loyaldesk.conversation.web;

import org.loyaldesk.conversation.ConversationChanged;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationStatusChanged;
import org.loyaldesk.conversation.ConversationTransferred;
import org.loyaldesk.conversation.MessageReceived;
import org.loyaldesk.conversation.NoteAdded;
import org.loyaldesk.conversation.ReplyPosted;
import org.loyaldesk.conversation.spi.PanelChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens what changed, after the change is committed (a screen must never show
 * what a rollback undid). A screen that misses a push catches up when it reloads.
 */
@Component
class ScreensFollowConversations {

    private final LiveUpdates live;

    ScreensFollowConversations(LiveUpdates live) {
        this.live = live;
    }

    @EventListener
    void on(MessageReceived event) {
        timeline(event.conversationId());
    }

    @EventListener
    void on(ReplyPosted event) {
        timeline(event.conversationId());
    }

    @EventListener
    void on(NoteAdded event) {
        timeline(event.conversationId());
    }

    @EventListener
    void on(ConversationTransferred event) {
        timeline(event.conversationId());
    }

    @EventListener
    void on(ConversationStatusChanged event) {
        timeline(event.conversationId());
    }

    @EventListener
    void on(ConversationChanged event) {
        timeline(event.conversationId());
    }

    @EventListener
    void on(PanelChanged event) {
        afterCommit(() -> live.push(LiveUpdates.conversation(event.conversationId()), "panels"));
    }

    @EventListener
    void on(ConversationOpened event) {
        afterCommit(() -> live.push("inbox", "inbox"));
    }

    private void timeline(long conversationId) {
        afterCommit(() -> {
            live.push(LiveUpdates.conversation(conversationId), "conversation");
            live.push("inbox", "inbox");
        });
    }

    /**
     * A plain listener that defers its push to after the commit, rather than a transactional
     * event listener: those are tracked by the event publication registry, which costs two
     * database writes per event for a push that may as well be lost.
     */
    private static void afterCommit(Runnable push) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            push.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                push.run();
            }
        });
    }
}
