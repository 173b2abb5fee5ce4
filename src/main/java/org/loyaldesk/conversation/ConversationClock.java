package org.loyaldesk.conversation;

import java.time.Instant;

import org.loyaldesk.platform.Channel;

/** The facts of a conversation that its service-level clock runs on: who has it, and since when who waits. */
public record ConversationClock(long id, String subject, ConversationStatus status, boolean active, boolean spam,
                                Priority priority, Channel channel, Long teamId, Long assigneeId, String contactReason,
                                Instant createdAt, Instant firstResponseAt, Instant awaitingReplySince) {
}
