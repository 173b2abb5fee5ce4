package org.loyaldesk.identity;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.ActorSource;

/**
 * An integration calling the API with a token. A token bound to an agent acts as that agent,
 * so replies it posts carry the agent's name.
 */
record IntegrationPrincipal(String tokenName, Role role, Long agentId, String agentName) implements ActorSource {

    @Override
    public Actor actor() {
        return agentId == null ? new Actor(Actor.Type.INTEGRATION, null, tokenName)
            : new Actor(Actor.Type.AGENT, agentId, agentName);
    }
}
