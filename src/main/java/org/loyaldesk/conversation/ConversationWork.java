package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents do to a conversation: reply, note, transfer, change status and priority, classify
 * and tag. Appending (replies, notes) and changes made without a version survive a concurrent
 * change by retrying; a change made on a version the caller saw (If-Match, the form's version)
 * refuses a stale version instead of silently winning.
 */
@Service
public class ConversationWork {

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationTags tags;
    private final ReplyAttachments attachments;
    private final AgentDirectory directory;
    private final Transactions transactions;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ConversationWork(Conversations conversations, Messages messages, ConversationTags tags, ReplyAttachments attachments,
                     AgentDirectory directory,
                     Transactions transactions, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.tags = tags;
        this.attachments = attachments;
        this.directory = directory;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Answers the customer on {@code channel}, or where they last wrote from. {@code then} is the
     * status afterwards; null means "waiting for the customer" for a conversation we were working.
     */
    public Message reply(long conversationId, String text, Channel channel, ConversationStatus then) {
        return reply(conversationId, text, channel, then, false);
    }

    public Message reply(long conversationId, String text, Channel channel, ConversationStatus then, boolean toEveryone) {
        return reply(conversationId, text, channel, then, toEveryone, List.of());
    }

    /** {@code toEveryone}: also to the others on the conversation (reply-all on email); files go with the reply. */
    public Message reply(long conversationId, String text, Channel channel, ConversationStatus then, boolean toEveryone,
                         List<AttachedFile> files) {
        ReplyLength.check(text);
        ReplyAttachments.check(files);
        Actor actor = CurrentActor.get();
        return transactions.appending(() -> {
            Conversation conversation = loadForAppending(conversationId);
            Instant now = clock.instant();
            Channel replyChannel = channel != null ? channel : lastCustomerChannel(conversation);
            Message reply = messages.save(Message.reply(conversationId, replyChannel, authorType(actor), actor.id(),
                actor.name(), text, toEveryone, now));
            attachments.store(reply.id(), files);
            conversation.agentReplied(reply.id(), replyChannel, actor.isAgent() ? actor.id() : null, then, now);
            conversations.save(conversation);
            audit.record(actor, "conversation.replied", "conversation", conversationId, "message " + reply.id());
            return reply;
        });
    }

    public Message note(long conversationId, String text) {
        Actor actor = CurrentActor.get();
        return transactions.appending(() -> {
            Conversation conversation = loadForAppending(conversationId);
            Instant now = clock.instant();
            Message note = messages.save(Message.internal(conversationId, MessageKind.NOTE, conversation.channel(),
                authorType(actor), actor.id(), actor.name(), text, now));
            conversation.noted(note.id(), now);
            conversations.save(conversation);
            audit.record(actor, "conversation.noted", "conversation", conversationId, "message " + note.id());
            return note;
        });
    }

    public Conversation transfer(long conversationId, Long toAgentId, Long toTeamId, String note, Long expectedVersion) {
        Actor actor = CurrentActor.get();
        return transactions.onLatest(() -> transfer(actor, conversationId, toAgentId, toTeamId, note, expectedVersion));
    }

    private Conversation transfer(Actor actor, long conversationId, Long toAgentId, Long toTeamId, String note,
                                  Long expectedVersion) {
        Conversation conversation = load(conversationId, expectedVersion);
        if (toAgentId != null && directory.agent(toAgentId).isEmpty()) {
            throw new NotFoundException("Agent", toAgentId);
        }
        if (toTeamId != null && directory.team(toTeamId).isEmpty()) {
            throw new NotFoundException("Team", toTeamId);
        }
        TransferPolicy.check(conversation, toAgentId, actor.isAgent() ? actor.id() : null, note);
        Instant now = clock.instant();
        Long fromAgent = conversation.assigneeId();
        Long fromTeam = conversation.teamId();
        conversation.transfer(toAgentId, toTeamId, now);
        Message entry = messages.save(Message.internal(conversationId, MessageKind.TRANSFER, conversation.channel(),
            authorType(actor), actor.id(), actor.name(), note == null ? "" : note.strip(), now));
        jdbc.sql("""
                INSERT INTO conversation_transfer (message_id, conversation_id, from_agent_id, from_team_id, to_agent_id, to_team_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
            .params(entry.id(), conversationId, fromAgent, fromTeam, toAgentId, toTeamId).update();
        Conversation saved = conversations.save(conversation);
        audit.record(actor, "conversation.transferred", "conversation", conversationId,
            "agent " + fromAgent + " -> " + toAgentId + ", team " + fromTeam + " -> " + toTeamId);
        return saved;
    }

    /**
     * Puts the open work of a deactivated agent back in a queue: their team's, or, when they have no
     * team, the team the conversation was in. Each conversation moves on its own, so one that changed
     * meanwhile does not hold up the others. Returns how many moved.
     */
    public int releaseFrom(long agentId, String agentName, Long teamId) {
        List<Long> assigned = jdbc.sql("""
                SELECT id FROM conversation_conversation
                WHERE assignee_id = ? AND active = TRUE AND merged_into_id IS NULL ORDER BY id""")
            .param(agentId).query(Long.class).list();
        String note = "Back in the queue: " + agentName + " no longer works here.";
        int moved = 0;
        for (long id : assigned) {
            Boolean released = transactions.onLatest(() -> {
                Conversation conversation = load(id);
                if (!conversation.status().isActive() || !Objects.equals(conversation.assigneeId(), agentId)) {
                    return false;
                }
                transfer(Actor.SYSTEM, id, null, teamId != null ? teamId : conversation.teamId(), note, null);
                return true;
            });
            moved += released ? 1 : 0;
        }
        return moved;
    }

    public Conversation changeStatus(long conversationId, ConversationStatus status, Long expectedVersion) {
        return transactions.onLatest(() -> {
            Actor actor = CurrentActor.get();
            Conversation conversation = load(conversationId, expectedVersion);
            ConversationStatus from = conversation.status();
            Instant now = clock.instant();
            conversation.changeStatus(status, now);
            event(conversation, actor, "status|" + from.code() + "|" + status.code(), now);
            Conversation saved = conversations.save(conversation);
            audit.record(actor, "conversation.status", "conversation", conversationId, from.code() + " -> " + status.code());
            return saved;
        });
    }

    public Conversation prioritise(long conversationId, Priority priority, Long expectedVersion) {
        return transactions.onLatest(() -> {
            Actor actor = CurrentActor.get();
            Conversation conversation = load(conversationId, expectedVersion);
            Priority from = conversation.priority();
            if (from == priority) {
                return conversation;
            }
            Instant now = clock.instant();
            conversation.prioritise(priority, now);
            event(conversation, actor, "priority|" + from.code() + "|" + priority.code(), now);
            Conversation saved = conversations.save(conversation);
            audit.record(actor, "conversation.priority", "conversation", conversationId, from.code() + " -> " + priority.code());
            return saved;
        });
    }

    /**
     * Puts the conversation in the at-risk view (and at least at high priority), or takes it out.
     * Called by whoever reads the signals: the insight module on anger, or a lead by hand.
     */
    public Conversation flagRisk(long conversationId, boolean atRisk, String reason) {
        return transactions.onLatest(() -> flagRiskOnLatest(conversationId, atRisk, reason));
    }

    private Conversation flagRiskOnLatest(long conversationId, boolean atRisk, String reason) {
        Conversation conversation = load(conversationId);
        if (atRisk) {
            conversation.putAtRisk(reason, clock.instant());
        } else if (conversation.isAtRisk()) {
            conversation.clearRisk(clock.instant());
        } else {
            return conversation;
        }
        Conversation saved = conversations.save(conversation);
        audit.record(atRisk ? "conversation.at-risk" : "conversation.risk-cleared", "conversation", conversationId, reason);
        return saved;
    }

    /** Spam leaves every view but the spam view; an agent can bring it back. Nothing is deleted. */
    public Conversation markSpam(long conversationId, boolean spam) {
        return transactions.onLatest(() -> {
            Conversation conversation = load(conversationId);
            if (conversation.isSpam() == spam) {
                return conversation;
            }
            if (spam) {
                conversation.markSpam(clock.instant());
            } else {
                conversation.markNotSpam(clock.instant());
            }
            Conversation saved = conversations.save(conversation);
            audit.record(spam ? "conversation.spam" : "conversation.not-spam", "conversation", conversationId, null);
            return saved;
        });
    }

    public Conversation classify(long conversationId, String contactReason) {
        Actor actor = CurrentActor.get();
        return transactions.onLatest(() -> {
            Conversation conversation = load(conversationId);
            conversation.classify(contactReason, actor.isAgent() ? actor.id() : null, clock.instant());
            Conversation saved = conversations.save(conversation);
            audit.record(actor, "conversation.reason", "conversation", conversationId, contactReason);
            return saved;
        });
    }

    @Transactional
    public void tag(long conversationId, String tag) {
        load(conversationId);
        if (tags.add(conversationId, tag)) {
            audit.record("conversation.tagged", "conversation", conversationId, ConversationTags.normalise(tag));
        }
    }

    @Transactional
    public void untag(long conversationId, String tag) {
        load(conversationId);
        if (tags.remove(conversationId, tag)) {
            audit.record("conversation.untagged", "conversation", conversationId, ConversationTags.normalise(tag));
        }
    }

    private void event(Conversation conversation, Actor actor, String code, Instant now) {
        messages.save(Message.internal(conversation.id(), MessageKind.EVENT, conversation.channel(), authorType(actor),
            actor.id(), actor.name(), code, now));
    }

    private Channel lastCustomerChannel(Conversation conversation) {
        return jdbc.sql("""
                SELECT channel FROM conversation_message WHERE conversation_id = ? AND kind = 'INBOUND'
                ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
            .param(conversation.id()).query(String.class).optional()
            .map(Channel::valueOf).orElse(conversation.channel());
    }

    private Conversation loadForAppending(long conversationId) {
        return conversations.findForUpdateById(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
    }

    private Conversation load(long conversationId) {
        return conversations.findById(conversationId).orElseThrow(() -> new NotFoundException("Conversation", conversationId));
    }

    private Conversation load(long conversationId, Long expectedVersion) {
        Conversation conversation = load(conversationId);
        Versions.check(conversation, expectedVersion);
        return conversation;
    }

    private static AuthorType authorType(Actor actor) {
        return Actors.authorType(actor);
    }
}
