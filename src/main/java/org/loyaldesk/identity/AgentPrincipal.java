package org.loyaldesk.identity;

import java.util.Collection;
import java.util.List;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.ActorSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;

/** An agent logged in through the browser. */
public record AgentPrincipal(long agentId, String email, String name, Role role, Long teamId, String passwordHash,
                             boolean active)
    implements UserDetails, ActorSource {

    @Override
    public Actor actor() {
        return new Actor(Actor.Type.AGENT, agentId, name);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.copyOf(AuthorityUtils.createAuthorityList(role.authorities()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Checked only after the password was right ({@link SecurityConfiguration}), so it tells nothing to a guesser. */
    @Override
    public boolean isEnabled() {
        return active;
    }
}
