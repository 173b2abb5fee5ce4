package org.loyaldesk.survey;

import org.loyaldesk.conversation.ConversationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A survey invitation about a conversation that was merged is about the merged conversation now. */
@Component
class SurveysFollowMergedConversations {

    private final JdbcClient jdbc;

    SurveysFollowMergedConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ConversationsMerged merged) {
        jdbc.sql("UPDATE survey_invitation SET conversation_id = ? WHERE conversation_id = ?")
            .params(merged.intoId(), merged.mergedId()).update();
    }
}
