package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what was written in conversations while keeping the rows that dashboards count (status,
 * channel, timings, who handled it). Every text of the conversation goes, agents' replies and internal
 * notes too: they quote and name the customer. Status events stay: they are codes, not words.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ConversationErasure {

    /** What an erased text reads as, wherever it was shown. */
    public static final String ERASED = "[erased]";
    // IN lists stay well below what either database accepts as parameters
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationErasure(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public record Erased(int conversations, int messages, int attachments) {

        Erased plus(Erased other) {
            return new Erased(conversations + other.conversations, messages + other.messages,
                attachments + other.attachments);
        }
    }

    /** Every conversation of these customers, merged-away ones included. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Long> ofCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM conversation_conversation WHERE customer_id IN (:ids) ORDER BY id")
            .param("ids", customerIds).query(Long.class).list();
    }

    /** Solved or closed (a closed one without solving: last changed) before the cutoff and not erased yet: what a retention period lets go */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Long> finishedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                SELECT id FROM conversation_conversation
                WHERE erased_at IS NULL AND status IN ('SOLVED', 'CLOSED') AND COALESCE(solved_at, updated_at) < ?
                ORDER BY id FETCH FIRST ? ROWS ONLY""")
            .params(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), limit).query(Long.class).list();
    }

    /** Erases the texts of these conversations, in the caller's transaction; harmless to repeat. */
    public Erased erase(Collection<Long> conversationIds) {
        Erased erased = new Erased(0, 0, 0);
        List<Long> ids = List.copyOf(conversationIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            erased = erased.plus(eraseChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        ids.forEach(id -> events.publishEvent(new ConversationErased(id)));
        return erased;
    }

    private Erased eraseChunk(List<Long> ids) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int attachments = jdbc.sql("""
                DELETE FROM conversation_attachment WHERE message_id IN
                (SELECT id FROM conversation_message WHERE conversation_id IN (:ids))""")
            .param("ids", ids).update();
        int messages = jdbc.sql("""
                UPDATE conversation_message SET body = :erased, delivery_error = NULL,
                    author_name = CASE WHEN author_type = 'CUSTOMER' THEN :erased ELSE author_name END
                WHERE conversation_id IN (:ids) AND kind <> 'EVENT'""")
            .param("erased", ERASED).param("ids", ids).update();
        jdbc.sql("DELETE FROM conversation_reference WHERE conversation_id IN (:ids)").param("ids", ids).update();
        // who was related to whom is the customer's data too
        jdbc.sql("DELETE FROM conversation_link WHERE conversation_id IN (:ids) OR linked_id IN (:ids)")
            .param("ids", ids).update();
        // updated_at moves, so that a search index that missed the event catches up after a crash
        int conversations = jdbc.sql("""
                UPDATE conversation_conversation SET subject = :erased, at_risk_reason = NULL,
                    erased_at = COALESCE(erased_at, :now), updated_at = :now, version = version + 1
                WHERE id IN (:ids)""")
            .param("erased", ERASED).param("now", now).param("ids", ids).update();
        return new Erased(conversations, messages, attachments);
    }
}
