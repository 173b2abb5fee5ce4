package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Related conversations that stay apart: one incident reported by several customers, two issues of one
 * household, a question that came back under another number. Unlike a merge, a link moves nothing; either
 * conversation lists the other, of any customer, and both timelines say who linked them. Linking twice
 * changes nothing.
 */
@Service
public class LinkedConversations {

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationQueries queries;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LinkedConversations(Conversations conversations, Messages messages, ConversationQueries queries, JdbcClient jdbc,
                      AuditLog audit, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.queries = queries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The conversations linked to this one, oldest link first. */
    public List<ConversationSummary> of(long conversationId) {
        return jdbc.sql("SELECT linked_id FROM conversation_link WHERE conversation_id = ? ORDER BY linked_at, linked_id")
            .param(conversationId).query(Long.class).list().stream()
            .flatMap(id -> queries.summary(id).stream()).toList();
    }

    @Transactional
    public void link(long conversationId, long otherId) {
        Pair pair = lock(conversationId, otherId);
        if (pair.other().mergedIntoId() != null) {
            throw new ConflictException("Conversation " + otherId + " was merged into conversation "
                + pair.other().mergedIntoId() + "; link that one");
        }
        if (pair.self().mergedIntoId() != null) {
            throw new ConflictException("Conversation " + conversationId + " was merged into conversation "
                + pair.self().mergedIntoId());
        }
        if (linked(conversationId, otherId)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO conversation_link (conversation_id, linked_id, linked_at) VALUES (?, ?, ?), (?, ?, ?)")
            .params(conversationId, otherId, now, otherId, conversationId, now).update();
        record(pair, TimelineEvents.linked(otherId), TimelineEvents.linked(conversationId), now.toInstant());
        audit.record(CurrentActor.get(), "conversation.linked", "conversation", conversationId,
            "conversation " + conversationId + " linked to " + otherId);
    }

    /** Removing a link that is not there is no error: the agent wanted them apart, and apart they are. */
    @Transactional
    public void unlink(long conversationId, long otherId) {
        Pair pair = lock(conversationId, otherId);
        int removed = jdbc.sql("""
                DELETE FROM conversation_link WHERE (conversation_id = :a AND linked_id = :b)
                OR (conversation_id = :b AND linked_id = :a)""")
            .param("a", conversationId).param("b", otherId).update();
        if (removed == 0) {
            return;
        }
        record(pair, TimelineEvents.unlinked(otherId), TimelineEvents.unlinked(conversationId), clock.instant());
        audit.record(CurrentActor.get(), "conversation.unlinked", "conversation", conversationId,
            "link between conversation " + conversationId + " and " + otherId + " removed");
    }

    /** A merge: the survivor is linked to everything both were, and never to itself. */
    void moveAll(long fromConversationId, long toConversationId) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Long> others = jdbc.sql("SELECT linked_id FROM conversation_link WHERE conversation_id = ?")
            .param(fromConversationId).query(Long.class).list();
        jdbc.sql("DELETE FROM conversation_link WHERE conversation_id = :id OR linked_id = :id")
            .param("id", fromConversationId).update();
        others.stream().filter(other -> other != toConversationId && !linked(toConversationId, other))
            .forEach(other -> jdbc.sql(
                    "INSERT INTO conversation_link (conversation_id, linked_id, linked_at) VALUES (?, ?, ?), (?, ?, ?)")
                .params(toConversationId, other, now, other, toConversationId, now).update());
    }

    private boolean linked(long conversationId, long otherId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_link WHERE conversation_id = ? AND linked_id = ?")
            .params(conversationId, otherId).query(Long.class).single() > 0;
    }

    private void record(Pair pair, String onSelf, String onOther, Instant at) {
        event(pair.self(), onSelf, at);
        event(pair.other(), onOther, at);
    }

    private void event(Conversation conversation, String event, Instant at) {
        Actor actor = CurrentActor.get();
        messages.save(Message.internal(conversation.id(), MessageKind.EVENT, conversation.channel(),
            Actors.authorType(actor), actor.id(), actor.name(), event, at));
    }

    /** Both locked in id order, as a merge does: a link and a merge of the same pair cannot cross. */
    private Pair lock(long conversationId, long otherId) {
        if (conversationId == otherId) {
            throw new IllegalArgumentException("A conversation cannot be linked to itself");
        }
        Conversation first = find(Math.min(conversationId, otherId));
        Conversation second = find(Math.max(conversationId, otherId));
        return first.id() == conversationId ? new Pair(first, second) : new Pair(second, first);
    }

    private Conversation find(long id) {
        return conversations.findForUpdateById(id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    private record Pair(Conversation self, Conversation other) {
    }
}
