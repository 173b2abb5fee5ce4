package org.loyaldesk.portal;

import java.util.List;

import org.loyaldesk.conversation.ConversationWork;
import org.springframework.stereotype.Service;

/** A customer's request to erase their data, filed as a conversation the team can find by its tag. */
@Service
class ErasureRequests {

    private final MyConversations conversations;
    private final ConversationWork work;

    ErasureRequests(MyConversations conversations, ConversationWork work) {
        this.conversations = conversations;
        this.work = work;
    }

    long request(PortalCustomer customer, String subject, String text) {
        long id = conversations.start(customer, null, subject, text, List.of());
        work.tag(id, MyDataPage.ERASURE_TAG);
        return id;
    }
}
