package org.loyaldesk.channel;

import java.time.Instant;

import org.loyaldesk.platform.Channel;

/** A message from outside, before we know which customer and conversation it belongs to. */
public record InboundMessage(Channel channel, Sender from, String subject, String text, String externalId,
                             Long conversationId, Instant receivedAt) {
}
