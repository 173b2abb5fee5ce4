package org.loyaldesk.conversation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.platform.Channel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in conversations that happened before Loyaldesk: from a previous helpdesk, or the demo
 * data. Live rules (who waits, first response, counts) are applied to the whole history at once,
 * so an imported conversation is indistinguishable from one that was worked here.
 */
@Service
@Transactional
public class ConversationHistoryImport {

    private final JdbcClient jdbc;
    private final ConversationTags tags;
    private final ApplicationEventPublisher events;

    ConversationHistoryImport(JdbcClient jdbc, ConversationTags tags, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.events = events;
    }

    public long importConversation(ImportedConversation imported) {
        List<ImportedConversation.Entry> entries = imported.entries();
        Instant createdAt = entries.getFirst().at();
        Instant updatedAt = entries.getLast().at();
        Instant firstResponse = entries.stream().filter(e -> e.kind() == MessageKind.REPLY).map(ImportedConversation.Entry::at)
            .findFirst().orElse(null);
        Instant awaiting = awaitingReplySince(imported);
        boolean solved = imported.status() == ConversationStatus.SOLVED || imported.status() == ConversationStatus.CLOSED;
        int publicMessages = (int) entries.stream()
            .filter(e -> e.kind() == MessageKind.INBOUND || e.kind() == MessageKind.REPLY).count();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO conversation_conversation (customer_id, subject, channel, status, active, priority, assignee_id,
                    team_id, contact_reason, previous_conversation_id, created_at, updated_at, queue_since,
                    awaiting_reply_since, first_response_at, solved_at, message_count, reopen_count, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
            .params(imported.customerId(), Subjects.clean(imported.subject()), imported.channel().name(),
                imported.status().name(), imported.status().isActive(), imported.priority().rank(), imported.assigneeId(),
                imported.teamId(), imported.contactReason(), imported.previousConversationId(), at(createdAt),
                at(updatedAt), at(awaiting != null ? awaiting : updatedAt), at(awaiting), at(firstResponse),
                solved ? at(updatedAt) : null, publicMessages, imported.reopenCount())
            .update(key, "id");
        long conversationId = key.getKey().longValue();
        List<Object[]> transfers = new ArrayList<>();
        Long assignee = null;
        Long team = null;
        for (ImportedConversation.Entry entry : entries) {
            long messageId = insert(conversationId, entry);
            if (entry.kind() == MessageKind.TRANSFER) {
                transfers.add(new Object[] { messageId, conversationId, assignee, team, entry.toAgentId(), entry.toTeamId() });
                assignee = entry.toAgentId();
                team = entry.toTeamId();
            }
        }
        for (Object[] transfer : transfers) {
            jdbc.sql("""
                    INSERT INTO conversation_transfer (message_id, conversation_id, from_agent_id, from_team_id, to_agent_id,
                        to_team_id) VALUES (?, ?, ?, ?, ?, ?)""").params(transfer).update();
        }
        imported.tags().forEach(tag -> tags.add(conversationId, tag));
        events.publishEvent(new ConversationImported(conversationId, imported.customerId()));
        return conversationId;
    }

    private long insert(long conversationId, ImportedConversation.Entry entry) {
        DeliveryStatus delivery = entry.kind() == MessageKind.REPLY && entry.channel() != Channel.PHONE
            ? DeliveryStatus.SENT : DeliveryStatus.NOT_APPLICABLE;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO conversation_message (conversation_id, kind, channel, author_type, author_id, author_name, body,
                    external_id, created_at, delivery_status, delivery_attempts, delivery_error, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?)""")
            .params(conversationId, entry.kind().name(), entry.channel().name(), entry.authorType().name(), entry.authorId(),
                entry.authorName(), entry.body(), at(entry.at()), delivery.name(), delivery == DeliveryStatus.SENT ? 1 : 0,
                delivery == DeliveryStatus.SENT ? at(entry.at()) : null)
            .update(key, "id");
        return key.getKey().longValue();
    }

    /** The customer waits for us when the last public word is theirs and the conversation is still active. */
    private static Instant awaitingReplySince(ImportedConversation imported) {
        if (!imported.status().isActive()) {
            return null;
        }
        Instant since = null;
        for (ImportedConversation.Entry entry : imported.entries()) {
            if (entry.kind() == MessageKind.INBOUND && since == null) {
                since = entry.at();
            } else if (entry.kind() == MessageKind.REPLY) {
                since = null;
            }
        }
        return since;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
