package org.loyaldesk.automation.routing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.automation.Explanations;
import org.loyaldesk.automation.reason.ReasonOnArrival;
import org.loyaldesk.conversation.AgentWorkloads;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.Team;
import org.loyaldesk.insight.AngerThreshold;
import org.loyaldesk.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A new conversation, after it is stored: its contact reason is read, then it goes to a team and an agent. The
 * customer's own agent first (they have the customer's open issue), then the team a lead chose for angry customers,
 * then the first routing rule that matches; within the team as the team shares its work. Each decision is
 * explained in the timeline.
 */
@Component
class Routing {

    private final ReasonOnArrival reasons;
    private final RoutingSettings settings;
    private final RoutingRules rules;
    private final Assignments assignments;
    private final AgentWorkloads workloads;
    private final AgentAvailability availability;
    private final AgentDirectory directory;
    private final CustomerDirectory customers;
    private final AngerThreshold anger;
    private final Explanations explanations;
    private final MessageSource messages;

    Routing(ReasonOnArrival reasons, RoutingSettings settings, RoutingRules rules, Assignments assignments,
            AgentWorkloads workloads, AgentAvailability availability, AgentDirectory directory,
            CustomerDirectory customers, AngerThreshold anger, Explanations explanations, MessageSource messages) {
        this.reasons = reasons;
        this.settings = settings;
        this.rules = rules;
        this.assignments = assignments;
        this.workloads = workloads;
        this.availability = availability;
        this.directory = directory;
        this.customers = customers;
        this.anger = anger;
        this.explanations = explanations;
        this.messages = messages;
    }

    /** Each step runs in its own transaction: a reason set stays set even when no team can take the conversation. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationOpened event) {
        Optional<CustomerProfile> customer = customers.profile(event.customerId());
        Locale locale = customer.map(CustomerProfile::language).orElse(Language.EN).locale();
        ReasonOnArrival.Arrival arrival = reasons.read(event.conversationId(), locale);
        if (!settings.enabled()) {
            return;
        }
        Facts facts = new Facts(event.channel(), arrival.language(), arrival.reason(),
            event.customerId() == 0 ? Set.of() : customers.orderedSkus(event.customerId()),
            customer.map(CustomerProfile::lifetimeValue).orElse(BigDecimal.ZERO), arrival.anger());
        route(event, facts, locale);
    }

    private void route(ConversationOpened event, Facts facts, Locale locale) {
        Optional<AgentWorkloads.Owner> owner = workloads.ownerOfOtherOpenConversation(event.customerId(),
            event.conversationId()).filter(o -> availability.effective(o.agentId()) != Availability.OFFLINE);
        if (owner.isPresent()) {
            Long teamId = owner.get().teamId() != null ? owner.get().teamId()
                : directory.agent(owner.get().agentId()).map(a -> a.teamId()).orElse(null);
            if (teamId != null) {
                Assignments.Outcome outcome = assignments.assign(new Assignments.Request(event.conversationId(), teamId,
                    null, owner.get().agentId(), null));
                explain(event.conversationId(), outcome, teamId, say("automation.routing.sticky", locale), locale);
                return;
            }
        }
        Optional<Long> angerTeam = settings.angerTeamId().filter(team -> facts.anger() >= anger.current());
        if (angerTeam.isPresent()) {
            Assignments.Outcome outcome = assignments.assign(new Assignments.Request(event.conversationId(),
                angerTeam.get(), null, null, null));
            explain(event.conversationId(), outcome, angerTeam.get(), say("automation.routing.anger", locale,
                Math.round(facts.anger() * 100)), locale);
            return;
        }
        rules.firstMatch(facts).ifPresent(rule -> {
            Assignments.Outcome outcome = assignments.assign(new Assignments.Request(event.conversationId(),
                rule.teamId(), null, null, null));
            explain(event.conversationId(), outcome, rule.teamId(), rule.conditions(), locale);
        });
    }

    private void explain(long conversationId, Assignments.Outcome outcome, long teamId, String why, Locale locale) {
        if (!outcome.moved()) {
            return;
        }
        String team = directory.team(teamId).map(Team::name).orElse("#" + teamId);
        explanations.explain(conversationId, say("automation.routing.routed", locale, team, why) + "; "
            + assignee(outcome, locale));
    }

    String assignee(Assignments.Outcome outcome, Locale locale) {
        return outcome.agent().map(agent -> say("automation.routing.assigned."
                + (outcome.mode() == null ? "own" : outcome.mode().code()), locale, agent.name(), agent.open()))
            .orElseGet(() -> say("automation.routing.queued", locale));
    }

    private String say(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
