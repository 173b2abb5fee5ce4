package org.loyaldesk.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One customer issue, whatever the channels it crosses. The aggregate keeps the facts the
 * inbox sorts and filters on (status, priority, who owns it, since when the customer waits),
 * and records every change as an event. Its messages are a separate aggregate: a
 * conversation with a thousand messages loads as fast as one with a single message.
 */
@Table("conversation_conversation")
public class Conversation extends AbstractAggregateRoot<Conversation> {

    @Id
    private Long id;
    private long customerId;
    private String subject;
    private final Channel channel;
    private ConversationStatus status;
    private boolean active;
    private int priority;
    private Long assigneeId;
    private Long teamId;
    private String contactReason;
    private final Long previousConversationId;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant queueSince;
    private Instant awaitingReplySince;
    private Instant firstResponseAt;
    private Instant solvedAt;
    private int messageCount;
    private int reopenCount;
    private boolean spam;
    private boolean atRisk;
    private String atRiskReason;
    private Channel lastChannel;
    private Long mergedIntoId;
    @Version
    private Long version;

    @PersistenceCreator
    Conversation(Long id, long customerId, String subject, Channel channel, ConversationStatus status, boolean active,
                 int priority, Long assigneeId, Long teamId, String contactReason, Long previousConversationId,
                 Instant createdAt, Instant updatedAt, Instant queueSince, Instant awaitingReplySince,
                 Instant firstResponseAt, Instant solvedAt, int messageCount, int reopenCount, boolean spam,
                 boolean atRisk, String atRiskReason, Channel lastChannel, Long mergedIntoId, Long version) {
        this.id = id;
        this.customerId = customerId;
        this.subject = subject;
        this.channel = channel;
        this.status = status;
        this.active = active;
        this.priority = priority;
        this.assigneeId = assigneeId;
        this.teamId = teamId;
        this.contactReason = contactReason;
        this.previousConversationId = previousConversationId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.queueSince = queueSince;
        this.awaitingReplySince = awaitingReplySince;
        this.firstResponseAt = firstResponseAt;
        this.solvedAt = solvedAt;
        this.messageCount = messageCount;
        this.reopenCount = reopenCount;
        this.spam = spam;
        this.atRisk = atRisk;
        this.atRiskReason = atRiskReason;
        this.lastChannel = lastChannel;
        this.mergedIntoId = mergedIntoId;
        this.version = version;
    }

    static Conversation start(long customerId, String subject, Channel channel, Long previousConversationId,
                              boolean spam, Instant now) {
        return new Conversation(null, customerId, Subjects.clean(subject), channel, ConversationStatus.NEW, !spam,
            Priority.NORMAL.rank(), null, null, null, previousConversationId, now, now, now, null, null, null, 0, 0, spam,
            false, null, channel, null, null);
    }

    /**
     * The customer wrote on {@code on}: they now wait for us, and a solved issue is evidently not solved.
     * {@code cameBack}: not an answer to the solved conversation but a new contact about the same issue,
     * which counts as a repeat contact rather than a reopening.
     */
    void customerWrote(long messageId, Channel on, boolean cameBack, Instant at) {
        messageCount++;
        lastChannel = on;
        touch(at);
        if (spam) {
            registerEvent(new MessageReceived(id, messageId, customerId, on));
            return;
        }
        if (awaitingReplySince == null) {
            awaitingReplySince = at;
        }
        queueSince = awaitingReplySince;
        if (status == ConversationStatus.SOLVED) {
            if (!cameBack) {
                reopenCount++;
            }
            moveTo(ConversationStatus.OPEN, at);
            registerEvent(new ConversationReopened(id, customerId));
        } else if (status == ConversationStatus.PENDING || status == ConversationStatus.ON_HOLD) {
            moveTo(ConversationStatus.OPEN, at);
        }
        registerEvent(new MessageReceived(id, messageId, customerId, on));
    }

    /**
     * An agent answered on {@code replyChannel}. The customer no longer waits for us; an
     * unassigned conversation becomes the replying agent's. Then status follows the agent's choice.
     */
    void agentReplied(long messageId, Channel replyChannel, Long agentId, ConversationStatus then, Instant at) {
        requireNotClosed();
        messageCount++;
        touch(at);
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        awaitingReplySince = null;
        queueSince = at;
        // the risk was a customer left angry and unanswered: an answer is what the at-risk view asked for
        if (atRisk) {
            clearRisk(at);
        }
        if (assigneeId == null && agentId != null) {
            assigneeId = agentId;
        }
        registerEvent(new ReplyPosted(id, messageId, replyChannel, agentId));
        ConversationStatus next = then != null ? then
            : status == ConversationStatus.NEW || status == ConversationStatus.OPEN ? ConversationStatus.PENDING : status;
        if (next != status) {
            changeStatus(next, at);
        }
    }

    /**
     * A program answered on the customer's behalf (an out-of-office, a delivery notice): it is on the
     * timeline, but nobody waits for us and nothing reopens.
     */
    void automaticMessageArrived(long messageId, Instant at) {
        messageCount++;
        touch(at);
        registerEvent(new MessageReceived(id, messageId, customerId, channel));
    }

    /**
     * The customer may be lost over this conversation (anger, an unrecovered complaint): it goes to
     * the at-risk view and, if it was less, to high priority. {@code reason} says why, for the lead.
     */
    void putAtRisk(String reason, Instant at) {
        atRisk = true;
        atRiskReason = reason;
        if (priority > Priority.HIGH.rank()) {
            priority = Priority.HIGH.rank();
        }
        touch(at);
        registerEvent(new ConversationChanged(id, "at-risk"));
    }

    void clearRisk(Instant at) {
        atRisk = false;
        atRiskReason = null;
        touch(at);
        registerEvent(new ConversationChanged(id, "at-risk"));
    }

    /** Spam leaves every view but the spam view; nothing is deleted. */
    void markSpam(Instant at) {
        spam = true;
        active = false;
        touch(at);
        registerEvent(new ConversationChanged(id, "spam"));
    }

    void markNotSpam(Instant at) {
        spam = false;
        active = status.isActive();
        touch(at);
        registerEvent(new ConversationChanged(id, "spam"));
    }

    void noted(long messageId, Instant at) {
        touch(at);
        registerEvent(new NoteAdded(id, messageId));
    }

    /** Moves the work to another agent and/or team. Leaving both empty returns it to the unassigned queue. */
    void transfer(Long toAgentId, Long toTeamId, Instant at) {
        requireNotClosed();
        if (Objects.equals(toAgentId, assigneeId) && Objects.equals(toTeamId, teamId)) {
            throw new RuleViolationException("already-assigned", "The conversation is already assigned there");
        }
        registerEvent(new ConversationTransferred(id, assigneeId, teamId, toAgentId, toTeamId));
        assigneeId = toAgentId;
        teamId = toTeamId;
        if (status == ConversationStatus.NEW && toAgentId != null) {
            moveTo(ConversationStatus.OPEN, at);
        }
        touch(at);
    }

    void changeStatus(ConversationStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("status-transition",
                "A conversation cannot go from " + status.code() + " to " + target.code(), status.code(), target.code());
        }
        ConversationStatus from = status;
        moveTo(target, at);
        if (target == ConversationStatus.SOLVED) {
            solvedAt = at;
            awaitingReplySince = null;
            if (atRisk) {
                clearRisk(at);
            }
            registerEvent(new ConversationSolved(id, customerId));
        } else if (from == ConversationStatus.SOLVED && target != ConversationStatus.CLOSED) {
            reopenCount++;
            registerEvent(new ConversationReopened(id, customerId));
        }
        touch(at);
    }

    void prioritise(Priority priority, Instant at) {
        this.priority = priority.rank();
        touch(at);
        registerEvent(new ConversationChanged(id, "priority"));
    }

    void classify(String contactReason, Long byAgentId, Instant at) {
        String from = this.contactReason;
        this.contactReason = contactReason == null || contactReason.isBlank() ? null : contactReason.trim();
        touch(at);
        registerEvent(new ConversationChanged(id, "contact-reason"));
        if (!Objects.equals(from, this.contactReason)) {
            registerEvent(new ContactReasonChanged(id, from, this.contactReason, byAgentId));
        }
    }

    void rename(String subject, Instant at) {
        this.subject = Subjects.clean(subject);
        touch(at);
        registerEvent(new ConversationChanged(id, "subject"));
    }

    /**
     * Another conversation of the same customer is merged into this one: its messages come along, and
     * with them its waiting, its urgency and its risk. An issue still being worked there is not solved here.
     */
    void absorb(Conversation other, Instant at) {
        requireNotClosed();
        messageCount += other.messageCount;
        if (other.awaitingReplySince != null
            && (awaitingReplySince == null || other.awaitingReplySince.isBefore(awaitingReplySince))) {
            awaitingReplySince = other.awaitingReplySince;
            queueSince = awaitingReplySince;
        }
        priority = Math.min(priority, other.priority);
        if (other.atRisk && !atRisk) {
            atRisk = true;
            atRiskReason = other.atRiskReason;
        }
        if (contactReason == null) {
            contactReason = other.contactReason;
        }
        if (other.lastChannel != null && other.updatedAt.isAfter(updatedAt)) {
            lastChannel = other.lastChannel;
        }
        if (status == ConversationStatus.SOLVED && other.status.isActive()) {
            moveTo(ConversationStatus.OPEN, at);
        }
        touch(at);
        registerEvent(new ConversationsMerged(other.id, id, customerId));
    }

    /** Merged into another conversation: it keeps its id for the links that name it, but its work is there now. */
    void mergedInto(long targetId, Instant at) {
        mergedIntoId = targetId;
        messageCount = 0;
        awaitingReplySince = null;
        atRisk = false;
        atRiskReason = null;
        if (status != ConversationStatus.CLOSED) {
            moveTo(ConversationStatus.CLOSED, at);
        }
        touch(at);
    }

    /**
     * Messages moved out of or into this conversation by a split: what it holds now decides how many
     * messages it has, since when the customer waits and where they last wrote.
     */
    void holds(int messages, Instant waitingSince, Channel lastCustomerChannel, Instant at) {
        messageCount = messages;
        awaitingReplySince = status.isActive() ? waitingSince : null;
        if (awaitingReplySince != null) {
            queueSince = awaitingReplySince;
        }
        if (lastCustomerChannel != null) {
            lastChannel = lastCustomerChannel;
        }
        touch(at);
    }

    /** The customer record was merged into another one: the conversation follows the person. */
    void belongsTo(long customerId) {
        this.customerId = customerId;
    }

    /** How long the customer has been waiting for an answer from us, if they are. */
    public Duration waiting(Instant now) {
        return awaitingReplySince == null ? Duration.ZERO : Duration.between(awaitingReplySince, now);
    }

    private void moveTo(ConversationStatus target, Instant at) {
        ConversationStatus from = status;
        status = target;
        active = target.isActive() && !spam;
        if (target.isActive()) {
            solvedAt = null;
        }
        if (target == ConversationStatus.PENDING || target == ConversationStatus.ON_HOLD) {
            queueSince = at;
        }
        registerEvent(new ConversationStatusChanged(id, from, target));
    }

    private void requireNotClosed() {
        if (status == ConversationStatus.CLOSED) {
            throw new RuleViolationException("closed",
                "Conversation " + id + " is closed; a new message starts a new conversation");
        }
    }

    private void touch(Instant at) {
        updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String subject() {
        return subject;
    }

    public Channel channel() {
        return channel;
    }

    public ConversationStatus status() {
        return status;
    }

    public Priority priority() {
        return Priority.ofRank(priority);
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public Long teamId() {
        return teamId;
    }

    public String contactReason() {
        return contactReason;
    }

    public Long previousConversationId() {
        return previousConversationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant awaitingReplySince() {
        return awaitingReplySince;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    public int messageCount() {
        return messageCount;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public boolean isAtRisk() {
        return atRisk;
    }

    public String atRiskReason() {
        return atRiskReason;
    }

    public boolean isSpam() {
        return spam;
    }

    /** Where the customer last wrote from; a conversation from before this was recorded answers its first channel. */
    public Channel lastChannel() {
        return lastChannel == null ? channel : lastChannel;
    }

    /** The conversation this one was merged into, or null. */
    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
