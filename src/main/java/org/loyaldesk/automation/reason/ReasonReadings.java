package org.loyaldesk.automation.reason;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classifier's reading of each new conversation, kept to show a suggestion and to compare corrections with. */
@Component
class ReasonReadings {

    private final JdbcClient jdbc;

    ReasonReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A conversation is read once; reading it again (an event delivered twice) keeps the first reading. */
    boolean add(ReasonReading reading, Instant at) {
        if (find(reading.conversationId()).isPresent()) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO automation_reason_reading (conversation_id, reason, confidence, applied, read_at)
                VALUES (?, ?, ?, ?, ?)""")
            .params(reading.conversationId(), reading.reason(), reading.confidence(), reading.applied(),
                java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update();
        return true;
    }

    Optional<ReasonReading> find(long conversationId) {
        return jdbc.sql("SELECT conversation_id, reason, confidence, applied FROM automation_reason_reading "
                + "WHERE conversation_id = ?")
            .param(conversationId)
            .query((rs, n) -> new ReasonReading(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getBoolean(4)))
            .optional();
    }
}
