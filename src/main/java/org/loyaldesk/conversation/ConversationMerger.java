package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.Instant;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two conversations of one customer about one issue into one timeline, in time order. All of it
 * happens in one transaction, with both conversations locked: a message arriving meanwhile waits and
 * lands once, in the merged conversation; a merge is never half done.
 */
@Service
public class ConversationMerger {

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationReferences references;
    private final LinkedConversations links;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ConversationMerger(Conversations conversations, Messages messages, ConversationReferences references,
                       LinkedConversations links, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.references = references;
        this.links = links;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Merges {@code mergedId} into {@code intoId}. The versions, when given, are those the agent saw:
     * a conversation changed since answers a conflict instead of merging what they did not see.
     */
    @Transactional
    public Conversation merge(long intoId, long mergedId, Long expectedVersion, Long mergedExpectedVersion) {
        if (intoId == mergedId) {
            throw new IllegalArgumentException("A conversation cannot be merged into itself");
        }
        // locked in id order, so that two agents merging the same pair both ways cannot deadlock
        Conversation first = lock(Math.min(intoId, mergedId));
        Conversation second = lock(Math.max(intoId, mergedId));
        Conversation into = first.id() == intoId ? first : second;
        Conversation merged = first.id() == intoId ? second : first;
        Versions.check(into, expectedVersion);
        Versions.check(merged, mergedExpectedVersion);
        if (into.customerId() != merged.customerId()) {
            throw new ConflictException("Conversation " + mergedId + " belongs to customer " + merged.customerId()
                + " and conversation " + intoId + " to customer " + into.customerId() + "; if they are one person, "
                + "merge the customers first (POST /api/v1/customers/" + into.customerId() + "/merge)");
        }
        if (merged.mergedIntoId() != null || into.mergedIntoId() != null) {
            long already = merged.mergedIntoId() != null ? mergedId : intoId;
            throw new ConflictException("Conversation " + already + " was already merged into another one");
        }
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        jdbc.sql("UPDATE conversation_message SET conversation_id = ? WHERE conversation_id = ?")
            .params(intoId, mergedId).update();
        jdbc.sql("UPDATE conversation_transfer SET conversation_id = ? WHERE conversation_id = ?")
            .params(intoId, mergedId).update();
        jdbc.sql("""
                INSERT INTO conversation_tag (conversation_id, tag) SELECT :into, tag FROM conversation_tag m
                WHERE m.conversation_id = :merged
                AND NOT EXISTS (SELECT 1 FROM conversation_tag t WHERE t.conversation_id = :into AND t.tag = m.tag)""")
            .param("into", intoId).param("merged", mergedId).update();
        jdbc.sql("DELETE FROM conversation_tag WHERE conversation_id = ?").param(mergedId).update();
        references.moveAll(mergedId, intoId);
        links.moveAll(mergedId, intoId);
        into.absorb(merged, now);
        merged.mergedInto(intoId, now);
        messages.save(Message.internal(intoId, MessageKind.EVENT, into.channel(), Actors.authorType(actor), actor.id(),
            actor.name(), TimelineEvents.merged(mergedId), now));
        messages.save(Message.internal(mergedId, MessageKind.EVENT, merged.channel(), Actors.authorType(actor),
            actor.id(), actor.name(), TimelineEvents.mergedInto(intoId), now));
        conversations.save(merged);
        Conversation saved = conversations.save(into);
        audit.record(actor, "conversation.merged", "conversation", intoId,
            "conversation " + mergedId + " merged into " + intoId);
        return saved;
    }

    private Conversation lock(long id) {
        return conversations.findForUpdateById(id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }
}
