package org.loyaldesk.conversation;

import java.time.Instant;
import java.util.List;

import org.loyaldesk.platform.Channel;

/**
 * A conversation that already happened elsewhere (a previous helpdesk, or demo data), with its
 * entries in time order and its state today. The importer derives everything else (waiting
 * times, first response, counts) the same way live conversations get them.
 */
public record ImportedConversation(long customerId, String subject, Channel channel, ConversationStatus status,
                                   Priority priority, Long assigneeId, Long teamId, String contactReason,
                                   List<String> tags, Long previousConversationId, int reopenCount,
                                   List<Entry> entries) {

    public ImportedConversation {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("An imported conversation has at least one entry");
        }
    }

    /** One timeline entry; for transfers, {@code toAgentId}/{@code toTeamId} say where it went. */
    public record Entry(MessageKind kind, Channel channel, AuthorType authorType, Long authorId, String authorName,
                        String body, Instant at, Long toAgentId, Long toTeamId) {

        public static Entry customer(Channel channel, String name, String body, Instant at) {
            return new Entry(MessageKind.INBOUND, channel, AuthorType.CUSTOMER, null, name, body, at, null, null);
        }

        public static Entry reply(Channel channel, long agentId, String agentName, String body, Instant at) {
            return new Entry(MessageKind.REPLY, channel, AuthorType.AGENT, agentId, agentName, body, at, null, null);
        }

        public static Entry note(Channel channel, long agentId, String agentName, String body, Instant at) {
            return new Entry(MessageKind.NOTE, channel, AuthorType.AGENT, agentId, agentName, body, at, null, null);
        }

        public static Entry transfer(Channel channel, long agentId, String agentName, String note, Long toAgentId,
                                     Long toTeamId, Instant at) {
            return new Entry(MessageKind.TRANSFER, channel, AuthorType.AGENT, agentId, agentName, note, at, toAgentId,
                toTeamId);
        }
    }
}
