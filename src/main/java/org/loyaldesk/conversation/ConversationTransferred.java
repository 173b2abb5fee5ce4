package org.loyaldesk.conversation;

/** The conversation moved to another agent and/or team, with a context note on the timeline. */
public record ConversationTransferred(long conversationId, Long fromAgentId, Long fromTeamId, Long toAgentId,
                                      Long toTeamId) {
}
