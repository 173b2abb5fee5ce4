package org.loyaldesk.proactive;

import java.util.Collection;

import org.loyaldesk.privacy.ErasedTraces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What proactive service keeps about an erased customer: their warnings and opt-out, their complaints' groups
 * (which hold product codes and words of what they wrote), and their links to incidents. Spike and incident
 * counts stay, without anyone behind them.
 */
@Component
class ProactiveTraces implements ErasedTraces {

    private final JdbcClient jdbc;

    ProactiveTraces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int forget(Collection<Long> customerIds, Collection<String> addresses) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        int forgotten = jdbc.sql("DELETE FROM proactive_warning WHERE customer_id IN (:ids)").param("ids", customerIds)
            .update();
        forgotten += jdbc.sql("DELETE FROM proactive_opt_out WHERE customer_id IN (:ids)").param("ids", customerIds)
            .update();
        jdbc.sql("DELETE FROM proactive_contact WHERE customer_id IN (:ids)").param("ids", customerIds).update();
        jdbc.sql("DELETE FROM proactive_incident_conversation WHERE customer_id IN (:ids)").param("ids", customerIds)
            .update();
        return forgotten;
    }

    @Override
    public void forgetConversations(Collection<Long> conversationIds) {
        if (!conversationIds.isEmpty()) {
            jdbc.sql("DELETE FROM proactive_contact WHERE conversation_id IN (:ids)").param("ids", conversationIds)
                .update();
            jdbc.sql("DELETE FROM proactive_spike_contact WHERE conversation_id IN (:ids)").param("ids", conversationIds)
                .update();
        }
    }
}
