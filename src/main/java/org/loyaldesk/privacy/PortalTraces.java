package org.loyaldesk.privacy;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's sign-in links and requests of an erased customer. The portal sits above this module (it
 * offers the customer their export), so it cannot be called from here: its three tables are cleared
 * directly, by the customer and by the addresses the links were asked for.
 */
@Component
class PortalTraces {

    private final JdbcClient jdbc;

    PortalTraces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many links were removed. */
    int forget(Collection<Long> customerIds, Collection<String> addresses) {
        int links = 0;
        if (!customerIds.isEmpty()) {
            links += jdbc.sql("DELETE FROM portal_sign_in_link WHERE customer_id IN (:ids)").param("ids", customerIds)
                .update();
            links += jdbc.sql("DELETE FROM portal_conversation_link WHERE customer_id IN (:ids)")
                .param("ids", customerIds).update();
        }
        for (String address : addresses) {
            jdbc.sql("DELETE FROM portal_sign_in_request WHERE LOWER(address) = LOWER(?)").param(address).update();
        }
        return links;
    }

    /** The links under reply mails that opened these conversations. */
    void forgetConversations(Collection<Long> conversationIds) {
        if (!conversationIds.isEmpty()) {
            jdbc.sql("DELETE FROM portal_conversation_link WHERE conversation_id IN (:ids)")
                .param("ids", conversationIds).update();
        }
    }
}
