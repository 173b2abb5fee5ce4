package org.loyaldesk.identity;

/** An admin deactivated an agent: their open work has to go back to a queue. {@code teamId} is their team, if any. */
public record AgentDeactivated(long agentId, String name, Long teamId) {
}
