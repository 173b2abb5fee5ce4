package org.loyaldesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up an agent by email for the login form; a deactivated one is refused once their password was checked. */
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
            .map(agent -> new AgentPrincipal(agent.id(), agent.email(), agent.name(), agent.role(), agent.teamId(),
                agent.passwordHash(), agent.active()))
            .orElseThrow(() -> new UsernameNotFoundException("No agent with that email"));
    }
}
