package org.loyaldesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a presented Bearer secret to the integration it belongs to. The operator's
 * bootstrap token (never stored) is an admin token, so a fresh installation can be provisioned
 * by script.
 */
@Component
class ApiTokenAuthenticator {

    /** Writing "last used" on every call would turn each API read into a write; once a minute is plenty. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Agents agents;
    private final String bootstrapToken;
    private final Clock clock;
    private final Map<Long, Instant> lastMarked = new ConcurrentHashMap<>();

    ApiTokenAuthenticator(ApiTokens tokens, Agents agents, LoyaldeskProperties properties, Clock clock) {
        this.tokens = tokens;
        this.agents = agents;
        this.bootstrapToken = properties.bootstrapToken();
        this.clock = clock;
    }

    @Transactional
    public Optional<IntegrationPrincipal> authenticate(String secret) {
        if (bootstrapToken != null && !bootstrapToken.isBlank() && TokenSecrets.sameSecret(secret, bootstrapToken)) {
            return Optional.of(new IntegrationPrincipal("bootstrap", Role.ADMIN, null, null));
        }
        return tokens.findActiveByTokenHash(TokenSecrets.hash(secret)).flatMap(token -> {
            Optional<Agent> agent = token.agentId() == null ? Optional.empty() : agents.findById(token.agentId());
            if (agent.isPresent() && !agent.get().active()) {
                // a token acting as a deactivated agent would let them work on after leaving
                return Optional.empty();
            }
            markUsed(token);
            return Optional.of(new IntegrationPrincipal(token.name(), token.role(), agent.map(Agent::id).orElse(null),
                agent.map(Agent::name).orElse(null)));
        });
    }

    private void markUsed(ApiToken token) {
        Instant now = clock.instant();
        Instant previous = lastMarked.get(token.id());
        if (previous == null || previous.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            lastMarked.put(token.id(), now);
            tokens.markUsed(token.id(), now);
        }
    }
}
