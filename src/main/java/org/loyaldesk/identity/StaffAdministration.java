package org.loyaldesk.identity;

import java.time.Clock;
import java.util.List;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAdministration(Agents agents, Teams teams, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.events = events;
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

    /** The password rule is the door's (form, API): the demo seeds its agents with a short, documented password. */
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

    /** Every agent, deactivated ones included, for the admin's list. */
    @Transactional(readOnly = true)
    public List<Agent> everyAgent() {
        return agents.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Agent agent(long id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public List<Agent> members(long teamId) {
        return agents.findByTeamIdOrderByName(teamId);
    }

    /** Changes an agent's name, email, role and team. An admin cannot take away their own admin role. */
    public Agent updateAgent(long id, String email, String name, Role role, Long teamId) {
        Agent agent = load(id);
        String newEmail = email.trim().toLowerCase();
        if (!newEmail.equals(agent.email()) && agents.findByEmail(newEmail).isPresent()) {
            throw new ConflictException("An agent with email " + newEmail + " already exists");
        }
        if (teamId != null && !teams.existsById(teamId)) {
            throw new NotFoundException("Team", teamId);
        }
        if (isSelf(id) && agent.role() == Role.ADMIN && role != Role.ADMIN) {
            throw new RuleViolationException("own-admin-role", "You cannot take away your own admin role");
        }
        String before = describe(agent);
        agent.changeEmail(newEmail);
        agent.rename(name);
        agent.changeRole(role);
        agent.joinTeam(teamId);
        Agent saved = agents.save(agent);
        String after = describe(saved);
        if (!before.equals(after)) {
            audit.record("agent.updated", "agent", id, before + " -> " + after);
        }
        return saved;
    }

    /**
     * Deactivates an agent: they can no longer log in or use a token acting as them, and their open
     * conversations go back to their team's queue ({@link AgentDeactivated}).
     */
    public void deactivate(long id) {
        Agent agent = load(id);
        if (isSelf(id)) {
            throw new RuleViolationException("deactivate-self", "You cannot deactivate yourself");
        }
        if (!agent.active()) {
            return;
        }
        agent.deactivate();
        agents.save(agent);
        audit.record("agent.deactivated", "agent", id, agent.email());
        events.publishEvent(new AgentDeactivated(id, agent.name(), agent.teamId()));
    }

    public void reactivate(long id) {
        Agent agent = load(id);
        if (agent.active()) {
            return;
        }
        agent.reactivate();
        agents.save(agent);
        audit.record("agent.reactivated", "agent", id, agent.email());
    }

    /** Sets a password the admin chose. */
    public void resetPassword(long id, String password) {
        PasswordRule.check(password);
        Agent agent = load(id);
        agent.changePassword(passwords.encode(password));
        agents.save(agent);
        audit.record("agent.password-reset", "agent", id, agent.email());
    }

    /** Sets a generated password and returns it: it is shown to the admin once and stored only as a hash. */
    public String generatePassword(long id) {
        String password = PasswordRule.generate();
        resetPassword(id, password);
        return password;
    }

    /** Moves an agent into a team (an agent is in one team at most), or out of any with {@code teamId} null. */
    public void placeInTeam(long agentId, Long teamId) {
        Agent agent = load(agentId);
        if (teamId != null && !teams.existsById(teamId)) {
            throw new NotFoundException("Team", teamId);
        }
        Long before = agent.teamId();
        if (java.util.Objects.equals(before, teamId)) {
            return;
        }
        agent.joinTeam(teamId);
        agents.save(agent);
        audit.record(teamId == null ? "team.member-removed" : "team.member-added", "team",
            teamId == null ? before : teamId, agent.email());
    }

    private Agent load(long id) {
        return agents.findById(id).orElseThrow(() -> new NotFoundException("Agent", id));
    }

    private static boolean isSelf(long agentId) {
        Actor actor = CurrentActor.get();
        return actor.isAgent() && actor.id() == agentId;
    }

    private static String describe(Agent agent) {
        return agent.name() + " <" + agent.email() + "> " + agent.role() + " team " + agent.teamId();
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
