package org.loyaldesk.identity;

/** What other modules may know of an agent. */
public record AgentSummary(long id, String name, String email, Role role, Long teamId) {
}
