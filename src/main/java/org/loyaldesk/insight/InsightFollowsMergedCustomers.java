package org.loyaldesk.insight;

import org.loyaldesk.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two customer records turn out to be one person, what insight knows of the duplicate moves to
 * the survivor in the merge's own transaction (a merge is never half done): the conversation readings,
 * recovery actions and pending readings. A churn mark moves unless the survivor has one of its own;
 * the duplicate's churn risk is dropped and the survivor's is computed again from everything it now has.
 */
@Component
class InsightFollowsMergedCustomers {

    private final JdbcClient jdbc;
    private final ChurnRisks risks;

    InsightFollowsMergedCustomers(JdbcClient jdbc, ChurnRisks risks) {
        this.jdbc = jdbc;
        this.risks = risks;
    }

    @EventListener
    void on(CustomersMerged merged) {
        long duplicate = merged.duplicateId();
        long survivor = merged.survivorId();
        move("insight_conversation_signal", duplicate, survivor);
        move("insight_recovery_action", duplicate, survivor);
        move("insight_pending", duplicate, survivor);
        jdbc.sql("""
                UPDATE insight_customer_churn SET customer_id = :survivor WHERE customer_id = :duplicate
                AND NOT EXISTS (SELECT 1 FROM insight_customer_churn s WHERE s.customer_id = :survivor)""")
            .param("survivor", survivor).param("duplicate", duplicate).update();
        jdbc.sql("DELETE FROM insight_customer_churn WHERE customer_id = ?").param(duplicate).update();
        jdbc.sql("DELETE FROM insight_customer_risk WHERE customer_id = ?").param(duplicate).update();
    }

    /** After the merge is committed: the survivor's risk now counts the duplicate's conversations and marks too. */
    @ApplicationModuleListener
    void rescore(CustomersMerged merged) {
        risks.rescore(merged.survivorId());
    }

    private void move(String table, long duplicate, long survivor) {
        jdbc.sql("UPDATE " + table + " SET customer_id = ? WHERE customer_id = ?").params(survivor, duplicate).update();
    }
}
