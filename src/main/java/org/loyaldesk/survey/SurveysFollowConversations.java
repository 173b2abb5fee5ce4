package org.loyaldesk.survey;

import org.loyaldesk.conversation.ConversationSolved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** A solved conversation is the moment to ask how easy it was, while the customer still remembers. */
@Component
class SurveysFollowConversations {

    private final Surveys surveys;

    SurveysFollowConversations(Surveys surveys) {
        this.surveys = surveys;
    }

    /** Without a transaction of its own: the invitation is committed before the mail goes out. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationSolved event) {
        surveys.invite(event.conversationId());
    }
}
