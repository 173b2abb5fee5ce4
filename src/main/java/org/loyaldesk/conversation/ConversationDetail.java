package org.loyaldesk.conversation;

import java.time.Instant;
import java.util.List;

/** A conversation with its whole timeline, for the conversation page and the API. */
public record ConversationDetail(ConversationSummary summary, Instant firstResponseAt, Instant solvedAt,
                                 int reopenCount, Long previousConversationId, List<TimelineEntry> timeline) {
}
