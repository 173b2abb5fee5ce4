package org.loyaldesk.conversation;

/**
 * An agent has the conversation open on their screen right now, typing or not; reported every few seconds
 * while the page is open. A channel that shows the customer that we read them, or that someone is typing
 * (web chat), listens. An in-memory event: nothing is stored, and a lost one is followed by the next.
 */
public record ConversationWatched(long conversationId, long agentId, String agentName, boolean typing) {
}
