package org.loyaldesk.automation.sla;

import java.util.List;

import org.loyaldesk.conversation.ConversationChanged;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationStatusChanged;
import org.loyaldesk.conversation.ConversationTransferred;
import org.loyaldesk.conversation.MessageReceived;
import org.loyaldesk.conversation.ReplyPosted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A conversation's due time moves when it opens, when the customer writes, when we reply, when its status, priority
 * or team changes. Each listener runs after the change is committed, in a transaction of its own.
 */
@Component
class DueTimesFollowConversations {

    private final DueTimes dueTimes;

    DueTimesFollowConversations(DueTimes dueTimes) {
        this.dueTimes = dueTimes;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationOpened event) {
        dueTimes.recompute(List.of(event.conversationId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MessageReceived event) {
        dueTimes.recompute(List.of(event.conversationId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReplyPosted event) {
        dueTimes.recompute(List.of(event.conversationId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationStatusChanged event) {
        dueTimes.recompute(List.of(event.conversationId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationTransferred event) {
        dueTimes.recompute(List.of(event.conversationId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationChanged event) {
        if ("priority".equals(event.what())) {
            dueTimes.recompute(List.of(event.conversationId()));
        }
    }
}
