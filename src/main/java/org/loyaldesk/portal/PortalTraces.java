package org.loyaldesk.portal;

import java.util.Collection;

import org.loyaldesk.privacy.ErasedTraces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's sign-in links and requests of an erased customer, by the customer and by the addresses
 * the links were asked for; and the links under mail of conversations whose texts are erased.
 */
@Component
class PortalTraces implements ErasedTraces {

    private final JdbcClient jdbc;

    PortalTraces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int forget(Collection<Long> customerIds, Collection<String> addresses) {
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

    @Override
    public void forgetConversations(Collection<Long> conversationIds) {
        if (!conversationIds.isEmpty()) {
            jdbc.sql("DELETE FROM portal_conversation_link WHERE conversation_id IN (:ids)")
                .param("ids", conversationIds).update();
        }
    }
}
