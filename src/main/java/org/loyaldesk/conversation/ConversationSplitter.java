package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splits a customer message (and what follows it, or only that message) off into a new conversation
 * of the same customer: a second issue that was filed with the first. One transaction; every message
 * ends up in exactly one of the two.
 */
@Service
public class ConversationSplitter {

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationReferences references;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationSplitter(Conversations conversations, Messages messages, ConversationReferences references,
                         JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.references = references;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private record Entry(long id, MessageKind kind, Channel channel, Instant createdAt, String body) {
    }

    /**
     * @param onlyThis moves only the message itself; otherwise the message and every entry after it
     * @param subject  the new conversation's subject; null takes it from the message
     * @return the new conversation
     */
    @Transactional
    public Conversation split(long conversationId, long messageId, boolean onlyThis, String subject,
                              Long expectedVersion) {
        Conversation from = conversations.findForUpdateById(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        Versions.check(from, expectedVersion);
        List<Entry> timeline = timeline(conversationId);
        Entry first = timeline.stream().filter(entry -> entry.id() == messageId).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Message " + messageId + " is not in conversation "
                + conversationId));
        if (first.kind() != MessageKind.INBOUND) {
            throw new IllegalArgumentException("Only a message from the customer can start a conversation of its own");
        }
        Set<Long> moving = new LinkedHashSet<>();
        timeline.stream()
            .filter(entry -> onlyThis ? entry.id() == messageId : !before(entry, first) && !isRestructuring(entry))
            .forEach(entry -> moving.add(entry.id()));
        List<Entry> staying = timeline.stream().filter(entry -> !moving.contains(entry.id())).toList();
        if (staying.stream().noneMatch(entry -> entry.kind() == MessageKind.INBOUND)) {
            throw new IllegalArgumentException("Splitting off message " + messageId + " would leave conversation "
                + conversationId + " without a message from the customer; split off a later message");
        }
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        String newSubject = subject == null || subject.isBlank() ? Subjects.fromText(first.body()) : subject;
        Conversation created = conversations.save(Conversation.start(from.customerId(), newSubject, first.channel(),
            null, false, first.createdAt()));
        jdbc.sql("UPDATE conversation_message SET conversation_id = :to WHERE id IN (:ids)")
            .param("to", created.id()).param("ids", moving).update();
        jdbc.sql("UPDATE conversation_transfer SET conversation_id = :to WHERE message_id IN (:ids)")
            .param("to", created.id()).param("ids", moving).update();
        List<Entry> moved = timeline.stream().filter(entry -> moving.contains(entry.id())).toList();
        Set<String> orders = new LinkedHashSet<>();
        moved.stream().filter(entry -> entry.kind() == MessageKind.INBOUND)
            .forEach(entry -> orders.addAll(MessageReferences.in(null, entry.body()).orders()));
        references.add(created.id(), orders, Set.of());

        created.holds(publicCount(moved), waitingSince(moved), lastCustomerChannel(moved), now);
        from.holds(publicCount(staying), waitingSince(staying), lastCustomerChannel(staying), now);
        messages.save(Message.internal(created.id(), MessageKind.EVENT, created.channel(), Actors.authorType(actor),
            actor.id(), actor.name(), TimelineEvents.splitFrom(conversationId), now));
        messages.save(Message.internal(conversationId, MessageKind.EVENT, from.channel(), Actors.authorType(actor),
            actor.id(), actor.name(), TimelineEvents.splitTo(created.id()), now));
        conversations.save(from);
        Conversation saved = conversations.save(created);
        events.publishEvent(new ConversationOpened(saved.id(), saved.customerId(), saved.channel(), null));
        events.publishEvent(new ConversationSplit(conversationId, saved.id(), saved.customerId(), List.copyOf(moving)));
        audit.record(actor, "conversation.split", "conversation", conversationId,
            moving.size() + " entries from message " + messageId + " split off into conversation " + saved.id());
        return saved;
    }

    private List<Entry> timeline(long conversationId) {
        return jdbc.sql("""
                SELECT id, kind, channel, created_at, body FROM conversation_message WHERE conversation_id = ?
                ORDER BY created_at, id""")
            .param(conversationId)
            .query((rs, n) -> new Entry(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")), rs.getObject("created_at", java.time.OffsetDateTime.class)
                .toInstant(), rs.getString("body")))
            .list();
    }

    /** What was merged into or split off this conversation is its own history: it stays. */
    private static boolean isRestructuring(Entry entry) {
        return entry.kind() == MessageKind.EVENT && List.of(TimelineEvents.MERGED, TimelineEvents.MERGED_INTO,
            TimelineEvents.SPLIT_TO, TimelineEvents.SPLIT_FROM).contains(entry.body().split("\\|")[0]);
    }

    private static boolean before(Entry entry, Entry first) {
        int byTime = entry.createdAt().compareTo(first.createdAt());
        return byTime < 0 || byTime == 0 && entry.id() < first.id();
    }

    /** What the conversation counts as its messages: the customer's and our answers. */
    private static int publicCount(List<Entry> entries) {
        return (int) entries.stream().filter(e -> e.kind() == MessageKind.INBOUND || e.kind() == MessageKind.REPLY).count();
    }

    /** The customer waits since their first message after our last answer. */
    private static Instant waitingSince(List<Entry> entries) {
        Instant since = null;
        for (Entry entry : entries) {
            if (entry.kind() == MessageKind.REPLY) {
                since = null;
            } else if (entry.kind() == MessageKind.INBOUND && since == null) {
                since = entry.createdAt();
            }
        }
        return since;
    }

    private static Channel lastCustomerChannel(List<Entry> entries) {
        return entries.reversed().stream().filter(e -> e.kind() == MessageKind.INBOUND).map(Entry::channel)
            .findFirst().orElse(null);
    }
}
