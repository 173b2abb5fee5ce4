package org.loyaldesk.automation.routing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.loyaldesk.automation.Explanations;
import org.loyaldesk.conversation.AgentWorkloads;
import org.loyaldesk.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A customer who waits in a team's queue because nobody had room gets the first agent who has: one who comes back
 * online, or finishes a conversation. Checked every half minute, the longest waiting first; a team where nobody
 * had room for the first stays as it is until the next round. Two nodes at once assign nothing twice: the
 * assignment checks under the team's lock that the conversation is still unassigned.
 */
@Component
public class QueuedWork {

    private static final Logger log = LoggerFactory.getLogger(QueuedWork.class);
    private static final int ROUND = 200;

    private final RoutingSettings settings;
    private final AgentWorkloads workloads;
    private final Assignments assignments;
    private final Routing routing;
    private final Explanations explanations;
    private final MessageSource messages;

    QueuedWork(RoutingSettings settings, AgentWorkloads workloads, Assignments assignments, Routing routing,
               Explanations explanations, MessageSource messages) {
        this.settings = settings;
        this.workloads = workloads;
        this.assignments = assignments;
        this.routing = routing;
        this.explanations = explanations;
        this.messages = messages;
    }

    @Scheduled(fixedDelayString = "${loyaldesk.automation.reassign-every:30s}", initialDelayString = "30s")
    void everyFewMoments() {
        if (settings.enabled()) {
            pickUp();
        }
    }

    /** Returns how many waiting customers got an agent. */
    public int pickUp() {
        Locale locale = Language.EN.locale();
        Set<Long> full = new HashSet<>();
        int picked = 0;
        for (AgentWorkloads.Queued queued : workloads.queued(ROUND)) {
            if (full.contains(queued.teamId())) {
                continue;
            }
            try {
                Assignments.Outcome outcome = assignments.assign(new Assignments.Request(queued.conversationId(),
                    queued.teamId(), null, null, messages.getMessage("automation.routing.pickedUp.note", null, locale)));
                if (outcome.agent().isEmpty()) {
                    full.add(queued.teamId());
                } else if (outcome.moved()) {
                    picked++;
                    explanations.explain(queued.conversationId(), messages.getMessage("automation.routing.pickedUp",
                        new Object[] { routing.assignee(outcome, locale) }, locale));
                }
            } catch (RuntimeException e) {
                // one conversation that cannot move must not keep the others waiting
                log.warn("Could not assign queued conversation {}", queued.conversationId(), e);
            }
        }
        return picked;
    }
}
