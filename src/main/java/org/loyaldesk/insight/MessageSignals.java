package org.loyaldesk.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.loyaldesk.text.Contribution;
import org.loyaldesk.text.TextAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored message readings: each message is analysed once. */
@Repository
class MessageSignals {

    private final JdbcClient jdbc;

    MessageSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> scored(long conversationId) {
        return Set.copyOf(jdbc.sql("SELECT message_id FROM insight_message_signal WHERE conversation_id = ?")
            .param(conversationId).query(Long.class).list());
    }

    List<MessageSignal> of(long conversationId) {
        return jdbc.sql("SELECT * FROM insight_message_signal WHERE conversation_id = ? ORDER BY at, message_id")
            .param(conversationId).query(MessageSignals::signal).list();
    }

    /** The mean sentiment of each agent's own replies since then: their tone. */
    java.util.Map<Long, double[]> agentTone(java.time.Instant since) {
        java.util.Map<Long, double[]> tone = new java.util.HashMap<>();
        jdbc.sql("SELECT author_id, AVG(sentiment), COUNT(*) FROM insight_message_signal WHERE author_type = 'AGENT' "
                + "AND author_id IS NOT NULL AND at >= ? GROUP BY author_id")
            .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
            .query((rs, row) -> tone.put(rs.getLong(1), new double[] { rs.getDouble(2), rs.getLong(3) })).list();
        return tone;
    }

    /** Whether this message was read already, in whichever conversation it now is (a merge moves messages). */
    boolean isScored(long messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_message_signal WHERE message_id = ?").param(messageId)
            .query(Long.class).single() > 0;
    }

    void save(MessageSignal signal) {
        jdbc.sql("""
                INSERT INTO insight_message_signal (message_id, conversation_id, author_type, author_id, at, language,
                    sentiment, anger, drivers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(signal.messageId(), signal.conversationId(), signal.byCustomer() ? "CUSTOMER" : "AGENT",
                signal.authorId(), OffsetDateTime.ofInstant(signal.at(), ZoneOffset.UTC), signal.language(),
                signal.sentiment(), signal.anger(), signal.drivers())
            .update();
    }

    /** The words that drove the reading, strongest first, as agents see them: "belachelijk, NU, !!". */
    static String drivers(TextAnalysis analysis) {
        String words = java.util.stream.Stream.concat(analysis.explanation().anger().stream(),
                analysis.explanation().sentiment().stream())
            .sorted((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())))
            .map(Contribution::term).distinct().limit(6).collect(Collectors.joining(", "));
        return words.length() > 500 ? words.substring(0, 500) : words;
    }

    private static MessageSignal signal(ResultSet rs, int row) throws SQLException {
        long author = rs.getLong("author_id");
        Long authorId = rs.wasNull() ? null : author;
        return new MessageSignal(rs.getLong("message_id"), rs.getLong("conversation_id"),
            "CUSTOMER".equals(rs.getString("author_type")), authorId,
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("language"), rs.getDouble("sentiment"),
            rs.getDouble("anger"), rs.getString("drivers"));
    }
}
