package org.loyaldesk.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A conversation with its whole timeline, for the conversation page and the API. {@code mergedIntoId}: the
 * conversation it was merged into, whose timeline now holds its messages.
 */
public record ConversationDetail(ConversationSummary summary, Instant firstResponseAt, Instant solvedAt,
                                 int reopenCount, Long previousConversationId, List<TimelineEntry> timeline,
                                 Long mergedIntoId) {
}
