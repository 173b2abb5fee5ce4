package org.loyaldesk.chat;

import java.util.Collection;
import java.util.List;

import org.loyaldesk.privacy.ErasedTraces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chats of an erased customer: their lines (what they and the bot said, the address they left) are deleted;
 * the messages the chat became are erased with the conversations.
 */
@Component
class ChatTraces implements ErasedTraces {

    private final JdbcClient jdbc;

    ChatTraces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int forget(Collection<Long> customerIds, Collection<String> addresses) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        List<Long> visitors = jdbc.sql("SELECT id FROM chat_visitor WHERE customer_id IN (:ids)").param("ids", customerIds)
            .query(Long.class).list();
        if (visitors.isEmpty()) {
            return 0;
        }
        int lines = jdbc.sql("DELETE FROM chat_line WHERE visitor_id IN (:ids)").param("ids", visitors).update();
        jdbc.sql("UPDATE chat_session SET email = NULL, page_url = NULL WHERE visitor_id IN (:ids)").param("ids", visitors)
            .update();
        jdbc.sql("UPDATE chat_visitor SET name = NULL WHERE id IN (:ids)").param("ids", visitors).update();
        return lines;
    }

    @Override
    public void forgetConversations(Collection<Long> conversationIds) {
        if (!conversationIds.isEmpty()) {
            jdbc.sql("DELETE FROM chat_line WHERE session_id IN (SELECT id FROM chat_session WHERE conversation_id IN (:ids))")
                .param("ids", conversationIds).update();
        }
    }
}
