package org.loyaldesk.conversation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.loyaldesk.text.WordOverlap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a conversation is about in words, to see which of a customer's conversations a new message is most
 * like: its subject and the customer's last few messages (their openings: a long mail says what it is about
 * at the top, and quoted history below would make every conversation look alike).
 */
@Component
class ConversationWords {

    private static final int LAST_MESSAGES = 5;
    private static final int OPENING = 1_000;

    private final JdbcClient jdbc;

    ConversationWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How alike {@code subject} and {@code text} are to each conversation. */
    ContinuationPolicy.Likeness to(String subject, String text) {
        return conversationIds -> {
            Set<String> said = WordOverlap.words(opening(subject) + "\n" + opening(text));
            Map<Long, Set<String>> words = of(conversationIds);
            Map<Long, Double> alike = new HashMap<>();
            words.forEach((id, theirs) -> alike.put(id, WordOverlap.share(said, theirs)));
            return alike;
        };
    }

    private Map<Long, Set<String>> of(Collection<Long> conversationIds) {
        Map<Long, StringBuilder> texts = new HashMap<>();
        jdbc.sql("SELECT id, subject FROM conversation_conversation WHERE id IN (:ids)").param("ids", conversationIds)
            .query((rs, n) -> texts.computeIfAbsent(rs.getLong(1), id -> new StringBuilder())
                .append(opening(rs.getString(2))).append('\n'))
            .list();
        jdbc.sql("""
                SELECT conversation_id, body FROM (
                    SELECT conversation_id, body, ROW_NUMBER() OVER (PARTITION BY conversation_id ORDER BY created_at DESC, id DESC) AS n
                    FROM conversation_message WHERE conversation_id IN (:ids) AND kind = 'INBOUND') recent
                WHERE n <= :last""")
            .param("ids", conversationIds).param("last", LAST_MESSAGES)
            .query((rs, n) -> texts.computeIfAbsent(rs.getLong(1), id -> new StringBuilder())
                .append(opening(rs.getString(2))).append('\n'))
            .list();
        Map<Long, Set<String>> words = new HashMap<>();
        texts.forEach((id, text) -> words.put(id, WordOverlap.words(text.toString())));
        return words;
    }

    private static String opening(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= OPENING ? text : text.substring(0, OPENING);
    }
}
