package org.loyaldesk.conversation;

import java.time.Instant;

import org.loyaldesk.platform.Channel;

/** One entry of the timeline; {@code transfer} is set for transfer entries only. */
public record TimelineEntry(long id, MessageKind kind, Channel channel, AuthorType authorType, Long authorId,
                            String authorName, String body, Instant createdAt, DeliveryStatus deliveryStatus,
                            int deliveryAttempts, String deliveryError, boolean automatic, boolean toEveryone,
                            Transfer transfer) {

    public record Transfer(Long fromAgentId, String fromAgent, Long fromTeamId, String fromTeam, Long toAgentId,
                           String toAgent, Long toTeamId, String toTeam) {
    }

    public boolean isPublic() {
        return kind == MessageKind.INBOUND || kind == MessageKind.REPLY;
    }

    /** A transfer to its own author: an agent who took the conversation, not one who handed it over. */
    public boolean takenOver() {
        return transfer != null && authorId != null && authorId.equals(transfer.toAgentId());
    }

    /** For EVENT entries, the body is a code such as {@code status|open|solved}; its parts for the message bundle. */
    public String[] eventParts() {
        return body.split("\\|");
    }
}
