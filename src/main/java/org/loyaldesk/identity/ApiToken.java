package org.loyaldesk.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A credential for an integration. Only the SHA-256 of the secret is stored; the secret itself
 * is shown once, when the token is made. A token bound to an agent acts as that agent.
 */
@Table("identity_api_token")
record ApiToken(@Id Long id, String name, String tokenHash, Role role, Long agentId, Instant createdAt,
                Instant lastUsedAt, boolean revoked) {

    ApiToken usedAt(Instant now) {
        return new ApiToken(id, name, tokenHash, role, agentId, createdAt, now, revoked);
    }

    ApiToken revoke() {
        return new ApiToken(id, name, tokenHash, role, agentId, createdAt, lastUsedAt, true);
    }
}
