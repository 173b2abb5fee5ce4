package org.loyaldesk.automation.routing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.loyaldesk.conversation.AgentWorkloads;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.platform.Channel;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a conversation to a team and, when one has room, to an online agent of it, holding the team's lock while it
 * counts and assigns: however many conversations arrive at once, no agent gets more than their capacity.
 */
@Component
class Assignments {

    private static final int ATTEMPTS = 5;

    private final TeamRoutings teams;
    private final AgentDirectory directory;
    private final AgentAvailability availability;
    private final AgentWorkloads workloads;
    private final Capacities capacities;
    private final ConversationQueries conversations;
    private final ConversationWork work;
    private final TransactionTemplate transaction;

    Assignments(TeamRoutings teams, AgentDirectory directory, AgentAvailability availability, AgentWorkloads workloads,
                Capacities capacities, ConversationQueries conversations, ConversationWork work,
                PlatformTransactionManager transactions) {
        this.teams = teams;
        this.directory = directory;
        this.availability = availability;
        this.workloads = workloads;
        this.capacities = capacities;
        this.conversations = conversations;
        this.work = work;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param from    the agent it is taken from (reassignment), or null for a new conversation
     * @param agentId a given agent (the customer's own), or null to choose within the team
     */
    record Request(long conversationId, long teamId, Long from, Long agentId, String note) {
    }

    /** {@code agent} empty: nobody had room, the conversation waits in the team's queue. */
    record Outcome(boolean moved, TeamAssignment mode, Optional<AssignmentPolicy.Candidate> agent) {

        static final Outcome UNCHANGED = new Outcome(false, null, Optional.empty());
    }

    Outcome assign(Request request) {
        teams.ensureRow(request.teamId());
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> assignLocked(request));
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException lostRace) {
                // an agent changed the conversation meanwhile, or the database chose us as a deadlock victim
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    private Outcome assignLocked(Request request) {
        Long last = teams.lock(request.teamId());
        Optional<ConversationSummary> found = conversations.detail(request.conversationId())
            .filter(d -> d.mergedIntoId() == null).map(d -> d.summary());
        if (found.isEmpty() || !found.get().status().isActive() || found.get().spam()
            || !Objects.equals(found.get().assigneeId(), request.from())) {
            return Outcome.UNCHANGED; // solved, merged, or someone took it meanwhile: a person's choice wins
        }
        ConversationSummary conversation = found.get();
        TeamAssignment mode = teams.assignment(request.teamId());
        Optional<AssignmentPolicy.Candidate> chosen = request.agentId() != null
            ? candidates(List.of(request.agentId()), conversation.channel()).stream().findFirst()
            : AssignmentPolicy.choose(candidates(teamMembers(request), conversation.channel()), mode, last);
        Long agentId = chosen.map(AssignmentPolicy.Candidate::agentId).orElse(null);
        if (Objects.equals(agentId, conversation.assigneeId()) && Objects.equals(request.teamId(), conversation.teamId())) {
            return Outcome.UNCHANGED;
        }
        work.transfer(request.conversationId(), agentId, request.teamId(), request.note(), null);
        chosen.ifPresent(agent -> teams.assigned(request.teamId(), agent.agentId()));
        return new Outcome(true, request.agentId() != null ? null : mode, chosen);
    }

    private List<Long> teamMembers(Request request) {
        return directory.agents().stream().filter(a -> Objects.equals(a.teamId(), request.teamId()))
            .map(AgentSummary::id).filter(id -> !id.equals(request.from()))
            .filter(id -> availability.effective(id) == Availability.ONLINE).toList();
    }

    private List<AssignmentPolicy.Candidate> candidates(List<Long> agentIds, Channel channel) {
        Map<Long, Map<Channel, Integer>> loads = workloads.activeByChannel(agentIds);
        Map<Long, String> names = directory.agentNames();
        return agentIds.stream().map(id -> {
            Map<Channel, Integer> load = loads.getOrDefault(id, Map.of());
            return new AssignmentPolicy.Candidate(id, names.getOrDefault(id, "#" + id), load.getOrDefault(channel, 0),
                load.values().stream().mapToInt(Integer::intValue).sum(), capacities.of(id, channel));
        }).toList();
    }
}
