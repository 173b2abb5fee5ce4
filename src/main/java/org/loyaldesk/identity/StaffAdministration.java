package org.loyaldesk.identity;

import java.time.Clock;
import java.util.List;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to who works here: teams, agents and API tokens. Every change is audited. */
@Service
@Transactional
public class StaffAdministration {

    private final Agents agents;
    private final Teams teams;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    StaffAdministration(Agents agents, Teams teams, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit,
                        Clock clock) {
        this.agents = agents;
        this.teams = teams;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public Team createTeam(String name) {
        if (teams.findByName(name.trim()).isPresent()) {
            throw new ConflictException("A team named '" + name.trim() + "' already exists");
        }
        Team team = teams.save(Team.named(name.trim()));
        audit.record("team.created", "team", team.id(), team.name());
        return team;
    }

    public AgentSummary createAgent(String email, String name, String password, Role role, Long teamId) {
        if (agents.findByEmail(email.trim().toLowerCase()).isPresent()) {
            throw new ConflictException("An agent with email " + email.trim() + " already exists");
        }
        if (teamId != null && !teams.existsById(teamId)) {
            throw new NotFoundException("Team", teamId);
        }
        Agent agent = agents.save(Agent.create(email, name, passwords.encode(password), role, teamId, clock.instant()));
        audit.record("agent.created", "agent", agent.id(), agent.email() + " as " + role);
        return agent.summary();
    }

    public void preferLocale(long agentId, String locale) {
        agents.findById(agentId).filter(agent -> !locale.equals(agent.locale())).ifPresent(agent -> {
            agent.preferLocale(locale);
            agents.save(agent);
        });
    }

    public IssuedToken issueToken(String name, Role role, Long agentId) {
        if (agentId != null && !agents.existsById(agentId)) {
            throw new NotFoundException("Agent", agentId);
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = tokens.save(new ApiToken(null, name.trim(), TokenSecrets.hash(secret), role, agentId,
            clock.instant(), null, false));
        audit.record("token.issued", "api-token", token.id(), token.name() + " as " + role);
        return new IssuedToken(token.id(), token.name(), role, secret);
    }

    public void revokeToken(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("API token", id));
        tokens.save(token.revoke());
        audit.record("token.revoked", "api-token", id, token.name());
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> tokens() {
        return tokens.findAllByOrderById().stream()
            .map(t -> new TokenSummary(t.id(), t.name(), t.role(), t.agentId(), t.createdAt(), t.lastUsedAt(), t.revoked()))
            .toList();
    }
}
