package org.loyaldesk.chat;

import java.util.Collection;

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
        int lines = 0;
        if (!customerIds.isEmpty()) {
            String theirs = "SELECT id FROM chat_visitor WHERE customer_id IN (:ids)";
            lines = jdbc.sql("DELETE FROM chat_line WHERE visitor_id IN (" + theirs + ")").param("ids", customerIds).update();
            jdbc.sql("UPDATE chat_session SET email = NULL, page_url = NULL WHERE visitor_id IN (" + theirs + ")")
                .param("ids", customerIds).update();
            // the browser's token no longer leads to anyone: a new chat there starts a new, unknown visitor
            jdbc.sql("UPDATE chat_visitor SET name = NULL, customer_id = NULL, token_hash = 'erased' WHERE customer_id IN (:ids)")
                .param("ids", customerIds).update();
        }
        for (String address : addresses) {
            jdbc.sql("UPDATE chat_session SET email = NULL WHERE LOWER(email) = LOWER(?)").param(address).update();
        }
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
