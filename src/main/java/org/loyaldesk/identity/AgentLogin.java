package org.loyaldesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up an active agent by email for the login form. */
@Component
class AgentLogin implements UserDetailsService {

    private final Agents agents;

    AgentLogin(Agents agents) {
        this.agents = agents;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return agents.findByEmail(email.trim().toLowerCase())
            .filter(Agent::active)
            .map(agent -> new AgentPrincipal(agent.id(), agent.email(), agent.name(), agent.role(), agent.teamId(),
                agent.passwordHash()))
            .orElseThrow(() -> new UsernameNotFoundException("No active agent with that email"));
    }
}
