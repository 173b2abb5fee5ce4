package org.loyaldesk.conversation;

/**
 * The contact reason of a conversation was set or changed. {@code agentId}: the agent who chose it, null when
 * Loyaldesk, an integration or the customer did; what an agent chooses is what the reason classifier learns from.
 */
public record ContactReasonChanged(long conversationId, String from, String to, Long agentId) {
}
