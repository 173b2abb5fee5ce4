package org.loyaldesk.insight;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the words insight kept (the words that drove a message's sentiment, churn reasons and recovery
 * notes typed by people) and keeps the numbers dashboards add up. A reading still waiting is dropped:
 * computed from the erased texts it would only overwrite the figures with nothing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class InsightErasure {

    private final JdbcClient jdbc;

    InsightErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void forgetConversations(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE insight_message_signal SET drivers = NULL WHERE conversation_id IN (:ids)")
            .param("ids", conversationIds).update();
        jdbc.sql("UPDATE insight_recovery_action SET note = NULL, link = NULL WHERE conversation_id IN (:ids)")
            .param("ids", conversationIds).update();
        jdbc.sql("DELETE FROM insight_pending WHERE conversation_id IN (:ids)").param("ids", conversationIds).update();
    }

    public void forgetCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE insight_customer_churn SET reason = NULL WHERE customer_id IN (:ids)")
            .param("ids", customerIds).update();
        jdbc.sql("UPDATE insight_recovery_action SET note = NULL, link = NULL WHERE customer_id IN (:ids)")
            .param("ids", customerIds).update();
        jdbc.sql("DELETE FROM insight_pending WHERE customer_id IN (:ids)").param("ids", customerIds).update();
    }
}
