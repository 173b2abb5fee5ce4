package org.loyaldesk.search;

import java.time.Instant;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.platform.Channel;

/**
 * One search: the text as typed, the filters (null for "any"), a page, and whether the person
 * searching may see internal notes.
 *
 * @param assignee an agent id, or "none" for unassigned conversations
 * @param team     a team id, or "none" for conversations without a team
 */
public record SearchRequest(String text, ConversationStatus status, Channel channel, String assignee, String team,
                            Instant from, Instant to, int offset, int limit, boolean seesNotes) {

    public static final int MAX_LIMIT = 100;
    /** Deep pages of a relevance ranking are noise; refine the search instead. */
    public static final int MAX_OFFSET = 1_000;

    public SearchRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("'offset' must be between 0 and " + MAX_OFFSET);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' is after 'to'");
        }
    }
}
