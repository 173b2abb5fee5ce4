package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/**
 * Which conversations to list: a view from the agent's perspective plus optional filters.
 * A null status means every active status (new, open, pending, on-hold).
 */
public record InboxQuery(InboxView view, Long agentId, Long teamId, ConversationStatus status, Channel channel,
                         String tag, Long customerId, String cursor, int limit, InboxSort sort) {

    public static final int MAX_LIMIT = 100;

    public InboxQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (view == InboxView.MINE && agentId == null) {
            throw new IllegalArgumentException("The 'mine' view needs an agent");
        }
        sort = sort == null ? InboxSort.URGENCY : sort;
    }

    /** Most urgent and longest waiting first. */
    public InboxQuery(InboxView view, Long agentId, Long teamId, ConversationStatus status, Channel channel,
                      String tag, Long customerId, String cursor, int limit) {
        this(view, agentId, teamId, status, channel, tag, customerId, cursor, limit, InboxSort.URGENCY);
    }
}
