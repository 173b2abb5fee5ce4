package org.loyaldesk.conversation;

import java.time.Instant;

import org.loyaldesk.platform.Channel;

/**
 * A message from a customer, already matched to the customer, as any channel hands it over.
 *
 * @param externalId     the channel's own id for the message; a second delivery with the same id is recognised
 * @param conversationId the conversation the channel knows it belongs to (a reply by reference), or null to let
 *                       Loyaldesk continue the customer's conversation about the same issue, on any channel
 * @param nature         a person, a program or spam
 * @param continueOngoing without a conversationId, whether the message may continue one of the customer's
 *                       conversations (what people write) or always starts a new one
 */
public record IncomingMessage(long customerId, String authorName, Channel channel, String subject, String text,
                              String externalId, Long conversationId, Instant receivedAt, MessageNature nature,
                              boolean continueOngoing) {

    /** A message a person wrote on a channel where messages flow on (messaging, phone, API). */
    public IncomingMessage(long customerId, String authorName, Channel channel, String subject, String text,
                           String externalId, Long conversationId, Instant receivedAt) {
        this(customerId, authorName, channel, subject, text, externalId, conversationId, receivedAt, MessageNature.PERSON,
            true);
    }

    /** The same message, for the conversation a merged one went into. */
    IncomingMessage toConversation(long otherConversationId) {
        return new IncomingMessage(customerId, authorName, channel, subject, text, externalId, otherConversationId,
            receivedAt, nature, continueOngoing);
    }
}
