package org.loyaldesk.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a customer's message finds the conversation it continues ({@code loyaldesk.conversation.*}).
 *
 * @param reopenWithin a solved conversation with the same contact reason is reopened by a new message this
 *                     long after solving, as a repeat contact; after that the message starts a new conversation
 * @param reasonConfidence how sure the contact-reason suggestion for a message must be (0 .. 1) before it
 *                     decides between conversations
 */
@ConfigurationProperties("loyaldesk.conversation")
public record ContinuationSettings(@DefaultValue("7d") Duration reopenWithin,
                                   @DefaultValue("0.4") double reasonConfidence) {
}
