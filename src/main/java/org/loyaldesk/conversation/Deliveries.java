package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.loyaldesk.platform.Channel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the channels report back about replies: sent, or failed and why. The outcome is shown on
 * the message, so an agent sees a reply that never arrived.
 */
@Service
@Transactional
public class Deliveries {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A reply still to be delivered, as a channel needs it: text, author and the conversation's customer. */
    @Transactional(readOnly = true)
    public Optional<OutgoingReply> outgoing(long messageId) {
        return jdbc.sql("""
                SELECT m.id, m.conversation_id, c.customer_id, m.channel, m.author_name, m.body, c.subject, m.to_everyone
                FROM conversation_message m JOIN conversation_conversation c ON c.id = m.conversation_id
                WHERE m.id = ? AND m.kind = 'REPLY' AND m.delivery_status = 'PENDING'""")
            .param(messageId)
            .query((rs, n) -> new OutgoingReply(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBoolean(8)))
            .optional();
    }

    public void sent(long messageId, int attempts) {
        record(messageId, DeliveryStatus.SENT, attempts, null);
    }

    /** A failed attempt; {@code finalFailure} means no more attempts will be made. */
    public void failed(long messageId, int attempts, String error, boolean finalFailure) {
        record(messageId, finalFailure ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempts, error);
    }

    /** A reply the mail server accepted came back undeliverable afterwards: it did not arrive after all. */
    public void bounced(long messageId, String reason) {
        jdbc.sql("UPDATE conversation_message SET delivery_status = ?, delivery_error = ?, delivered_at = NULL WHERE id = ?")
            .params(DeliveryStatus.FAILED.name(), reason.substring(0, Math.min(reason.length(), 1000)), messageId).update();
        jdbc.sql("SELECT conversation_id FROM conversation_message WHERE id = ?").param(messageId).query(Long.class)
            .optional().ifPresent(conversationId -> events.publishEvent(new ConversationChanged(conversationId, "delivery")));
    }

    private void record(long messageId, DeliveryStatus status, int attempts, String error) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("""
                UPDATE conversation_message SET delivery_status = ?, delivery_attempts = ?, delivery_error = ?,
                       delivered_at = ? WHERE id = ?""")
            .params(status.name(), attempts, error == null ? null : error.substring(0, Math.min(error.length(), 1000)),
                status == DeliveryStatus.SENT ? now : null, messageId)
            .update();
        jdbc.sql("SELECT conversation_id FROM conversation_message WHERE id = ?").param(messageId).query(Long.class)
            .optional().ifPresent(conversationId -> events.publishEvent(new ConversationChanged(conversationId, "delivery")));
    }
}
