package org.loyaldesk.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to agents and teams for the rest of Loyaldesk (names in the inbox, routing targets). */
@Service
@Transactional(readOnly = true)
public class AgentDirectory {

    private final Agents agents;
    private final Teams teams;

    AgentDirectory(Agents agents, Teams teams) {
        this.agents = agents;
        this.teams = teams;
    }

    public Optional<AgentSummary> agent(long id) {
        return agents.findById(id).map(Agent::summary);
    }

    public Optional<AgentSummary> agentByEmail(String email) {
        return agents.findByEmail(email.trim().toLowerCase()).map(Agent::summary);
    }

    public List<AgentSummary> agents() {
        return agents.findAllByOrderByName().stream().filter(Agent::active).map(Agent::summary).toList();
    }

    public Optional<Team> team(long id) {
        return teams.findById(id);
    }

    public List<Team> teams() {
        return teams.findAllByOrderByName();
    }

    public Map<Long, String> agentNames() {
        return agents.findAll().stream().collect(Collectors.toMap(Agent::id, Agent::name));
    }

    public Map<Long, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a));
    }

    public Optional<String> preferredLocale(long agentId) {
        return agents.findById(agentId).map(Agent::locale);
    }

    public boolean hasAnyAgent() {
        return agents.count() > 0;
    }
}
