package org.loyaldesk.channel.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.loyaldesk.platform.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replies waiting to be delivered, with their attempts and when to try next. A worker claims a
 * delivery for a while before trying it, so several nodes never deliver the same reply at once,
 * and a node that dies mid-attempt releases it when the claim runs out.
 */
@Component
class DeliveryQueue {

    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Due(long messageId, Channel channel, int attempts) {
    }

    void enqueue(long messageId, Channel channel) {
        jdbc.sql("INSERT INTO channel_delivery (message_id, channel, attempts, next_attempt_at) SELECT ?, ?, 0, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM channel_delivery WHERE message_id = ?)")
            .params(messageId, channel.name(), now(), messageId).update();
    }

    List<Due> due(int limit) {
        return jdbc.sql("""
                SELECT message_id, channel, attempts FROM channel_delivery
                WHERE next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY next_attempt_at FETCH FIRST ? ROWS ONLY""")
            .params(now(), now(), limit)
            .query((rs, n) -> new Due(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getInt(3))).list();
    }

    /** True when this node won the delivery; false when another node is on it. */
    boolean claim(long messageId) {
        return jdbc.sql("UPDATE channel_delivery SET claimed_until = ? WHERE message_id = ? "
                + "AND (claimed_until IS NULL OR claimed_until < ?)")
            .params(at(clock.instant().plus(CLAIM)), messageId, now()).update() == 1;
    }

    void done(long messageId) {
        jdbc.sql("DELETE FROM channel_delivery WHERE message_id = ?").param(messageId).update();
    }

    void retryLater(long messageId, int attempts, Duration delay) {
        jdbc.sql("UPDATE channel_delivery SET attempts = ?, next_attempt_at = ?, claimed_until = NULL WHERE message_id = ?")
            .params(attempts, at(clock.instant().plus(delay)), messageId).update();
    }

    private OffsetDateTime now() {
        return at(clock.instant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
