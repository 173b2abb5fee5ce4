package org.loyaldesk.conversation;

import java.time.Instant;
import java.util.List;

import org.loyaldesk.platform.Channel;

/** A conversation as a row of the inbox. */
public record ConversationSummary(long id, String subject, long customerId, String customerName, Channel channel,
                                  ConversationStatus status, Priority priority, Long assigneeId, String assigneeName,
                                  Long teamId, String teamName, String contactReason, List<String> tags,
                                  Instant createdAt, Instant updatedAt, Instant awaitingReplySince, int messageCount,
                                  boolean spam, boolean atRisk, String atRiskReason, long version, Instant dueAt) {

    /** {@code dueAt}: when the next service-level target falls due; null when none runs (or it is paused). */
    public ConversationSummary(long id, String subject, long customerId, String customerName, Channel channel,
                               ConversationStatus status, Priority priority, Long assigneeId, String assigneeName,
                               Long teamId, String teamName, String contactReason, List<String> tags,
                               Instant createdAt, Instant updatedAt, Instant awaitingReplySince, int messageCount,
                               boolean spam, boolean atRisk, String atRiskReason, long version) {
        this(id, subject, customerId, customerName, channel, status, priority, assigneeId, assigneeName, teamId,
            teamName, contactReason, tags, createdAt, updatedAt, awaitingReplySince, messageCount, spam, atRisk,
            atRiskReason, version, null);
    }
}
