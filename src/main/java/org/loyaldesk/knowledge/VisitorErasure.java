package org.loyaldesk.knowledge;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unlinks help-centre visitors from an erased customer. What the visitor typed (searches, feedback
 * comments) is removed first, as it was written by the person; the counts of searches and reads stay.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class VisitorErasure {

    private final JdbcClient jdbc;

    VisitorErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many visitors were unlinked. */
    public int forgetCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                UPDATE knowledge_feedback SET comment = NULL
                WHERE visitor IN (SELECT visitor FROM knowledge_visitor WHERE customer_id IN (:ids))""")
            .param("ids", customerIds).update();
        jdbc.sql("""
                UPDATE knowledge_activity SET query = NULL
                WHERE visitor IN (SELECT visitor FROM knowledge_visitor WHERE customer_id IN (:ids))""")
            .param("ids", customerIds).update();
        return jdbc.sql("UPDATE knowledge_visitor SET customer_id = NULL WHERE customer_id IN (:ids)")
            .param("ids", customerIds).update();
    }
}
