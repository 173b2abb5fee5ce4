package org.loyaldesk.identity;

import java.time.Instant;

/** An API token as admins see it: never the secret. */
public record TokenSummary(long id, String name, Role role, Long agentId, Instant createdAt, Instant lastUsedAt,
                           boolean revoked) {
}
