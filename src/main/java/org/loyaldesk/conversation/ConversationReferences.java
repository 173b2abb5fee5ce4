package org.loyaldesk.conversation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The order numbers each conversation's customer messages referred to. */
@Component
class ConversationReferences {

    private final JdbcClient jdbc;

    ConversationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Set<String>> of(Collection<Long> conversationIds) {
        Map<Long, Set<String>> references = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return references;
        }
        jdbc.sql("SELECT conversation_id, reference FROM conversation_reference WHERE conversation_id IN (:ids)")
            .param("ids", conversationIds)
            .query((rs, n) -> references.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)))
            .list();
        return references;
    }

    /** Called with the conversation locked, so that no concurrent message adds the same reference. */
    void add(long conversationId, Set<String> orders, Set<String> known) {
        orders.stream().filter(order -> !known.contains(order)).forEach(order -> jdbc.sql(
                "INSERT INTO conversation_reference (conversation_id, reference) VALUES (?, ?)")
            .params(conversationId, order).update());
    }

    /** A merge: the survivor refers to everything both did. */
    void moveAll(long fromConversationId, long toConversationId) {
        jdbc.sql("""
                INSERT INTO conversation_reference (conversation_id, reference)
                SELECT :to, reference FROM conversation_reference f WHERE f.conversation_id = :from
                AND NOT EXISTS (SELECT 1 FROM conversation_reference t WHERE t.conversation_id = :to AND t.reference = f.reference)""")
            .param("from", fromConversationId).param("to", toConversationId).update();
        jdbc.sql("DELETE FROM conversation_reference WHERE conversation_id = ?").param(fromConversationId).update();
    }
}
