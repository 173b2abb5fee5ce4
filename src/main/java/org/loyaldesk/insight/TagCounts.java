package org.loyaldesk.insight;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How often each loyalty driver and churn reason occurred, most frequent first. */
@Repository
class TagCounts {

    private final JdbcClient jdbc;

    TagCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> since(Instant from, TagBucket bucket) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.tag, COUNT(*) FROM insight_conversation_tag t
                JOIN insight_conversation_signal s ON s.conversation_id = t.conversation_id
                WHERE s.created_at >= ? AND s.spam = FALSE AND t.bucket = ?
                GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag""")
            .params(ConversationSignals.utc(from), bucket.name())
            .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
