package org.loyaldesk.automation.reason;

import java.util.Optional;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.springframework.stereotype.Component;

/** What the customer wrote first in a conversation: what its contact reason is read from, and learnt from. */
@Component
public class FirstMessages {

    private final ConversationQueries conversations;

    FirstMessages(ConversationQueries conversations) {
        this.conversations = conversations;
    }

    public Optional<String> of(long conversationId) {
        return conversations.detail(conversationId).flatMap(detail -> detail.timeline().stream()
            .filter(entry -> entry.kind() == MessageKind.INBOUND && !entry.automatic())
            .map(TimelineEntry::body).filter(body -> body != null && !body.isBlank()).findFirst());
    }
}
