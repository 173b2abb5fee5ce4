package org.loyaldesk.survey;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what customers wrote in their answers and where we asked them; the scores stay, for the
 * CES, CSAT and NPS figures, with nothing left that says whose they were.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SurveyErasure {

    private final JdbcClient jdbc;

    SurveyErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many comments were removed. */
    public int forgetCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        int comments = jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE customer_id IN (:ids) AND comment IS NOT NULL")
            .param("ids", customerIds).query(Integer.class).single();
        jdbc.sql("UPDATE survey_invitation SET comment = NULL, address = NULL WHERE customer_id IN (:ids)")
            .param("ids", customerIds).update();
        return comments;
    }

    /** The comments given about these conversations. */
    public void forgetConversations(Collection<Long> conversationIds) {
        if (!conversationIds.isEmpty()) {
            jdbc.sql("UPDATE survey_invitation SET comment = NULL WHERE conversation_id IN (:ids)")
                .param("ids", conversationIds).update();
        }
    }
}
