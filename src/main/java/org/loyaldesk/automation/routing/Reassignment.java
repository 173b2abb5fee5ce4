package org.loyaldesk.automation.routing;

import java.util.Locale;

import org.loyaldesk.automation.Explanations;
import org.loyaldesk.conversation.AgentWorkloads;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.Team;
import org.loyaldesk.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A customer waiting for an agent who went offline is handed to an online colleague of the same team (or back to
 * the team's queue): checked every half minute, and at once when an agent says they are offline. Running twice,
 * or on two nodes, moves nothing twice: the assignment checks under the team's lock that the agent still has it.
 */
@Component
public class Reassignment {

    private static final Logger log = LoggerFactory.getLogger(Reassignment.class);

    private final RoutingSettings settings;
    private final AgentWorkloads workloads;
    private final AgentAvailability availability;
    private final AgentDirectory directory;
    private final Assignments assignments;
    private final Routing routing;
    private final Explanations explanations;
    private final MessageSource messages;

    Reassignment(RoutingSettings settings, AgentWorkloads workloads, AgentAvailability availability,
                 AgentDirectory directory, Assignments assignments, Routing routing, Explanations explanations,
                 MessageSource messages) {
        this.settings = settings;
        this.workloads = workloads;
        this.availability = availability;
        this.directory = directory;
        this.assignments = assignments;
        this.routing = routing;
        this.explanations = explanations;
        this.messages = messages;
    }

    @Scheduled(fixedDelayString = "${loyaldesk.automation.reassign-every:30s}", initialDelayString = "30s")
    void everyFewMoments() {
        if (!settings.enabled()) {
            return;
        }
        for (long agentId : workloads.agentsWithWaitingWork()) {
            if (availability.effective(agentId) == Availability.OFFLINE) {
                reassignFrom(agentId);
            }
        }
    }

    /** Returns how many conversations moved. */
    public int reassignFrom(long agentId) {
        AgentSummary agent = directory.agent(agentId).orElse(null);
        if (agent == null || agent.teamId() == null || !settings.enabled()) {
            return 0;
        }
        String team = directory.team(agent.teamId()).map(Team::name).orElse("#" + agent.teamId());
        int moved = 0;
        for (long conversationId : workloads.waitingFor(agentId)) {
            Locale locale = Language.EN.locale();
            String note = messages.getMessage("automation.routing.reassigned.note", new Object[] { agent.name() }, locale);
            try {
                Assignments.Outcome outcome = assignments.assign(new Assignments.Request(conversationId, agent.teamId(),
                    agentId, null, note));
                if (outcome.moved()) {
                    moved++;
                    explanations.explain(conversationId, messages.getMessage("automation.routing.reassigned",
                        new Object[] { agent.name(), team }, locale) + "; " + routing.assignee(outcome, locale));
                }
            } catch (RuntimeException e) {
                // one conversation that cannot move must not keep the others with an absent agent
                log.warn("Could not reassign conversation {} from agent {}", conversationId, agentId, e);
            }
        }
        return moved;
    }
}
