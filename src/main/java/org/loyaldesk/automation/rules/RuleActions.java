package org.loyaldesk.automation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.loyaldesk.automation.macros.MacroApplication;
import org.loyaldesk.automation.macros.MacroBook;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.Role;
import org.loyaldesk.insight.LeadAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Carries out a rule's actions on a conversation, or only says what they would do (a dry run). Each action
 * stands alone: one that cannot be done (a closed conversation cannot be assigned) is said and skipped.
 */
@Component
class RuleActions {

    private static final Logger log = LoggerFactory.getLogger(RuleActions.class);

    private final ConversationWork work;
    private final MacroApplication macros;
    private final MacroBook macroBook;
    private final AgentDirectory directory;
    private final LeadAlerts alerts;
    private final MessageSource messages;

    RuleActions(ConversationWork work, MacroApplication macros, MacroBook macroBook, AgentDirectory directory,
                LeadAlerts alerts, MessageSource messages) {
        this.work = work;
        this.macros = macros;
        this.macroBook = macroBook;
        this.directory = directory;
        this.alerts = alerts;
        this.messages = messages;
    }

    /** Does what the rule says; returns what was done, in words of {@code locale}. */
    List<String> perform(Rule rule, ConversationSummary conversation, Locale locale) {
        List<String> done = new ArrayList<>();
        for (RuleAction action : rule.actions()) {
            try {
                if (perform(rule, action, conversation)) {
                    done.add(describe(action, conversation, locale));
                }
            } catch (RuntimeException e) {
                log.info("Rule {} could not {} on conversation {}: {}", rule.id(), action.type(), conversation.id(),
                    e.getMessage());
                done.add(messages.getMessage("rules.failed", new Object[] { describe(action, conversation, locale) },
                    locale));
            }
        }
        return done;
    }

    /** What the rule would do, without doing it. */
    List<String> describe(Rule rule, ConversationSummary conversation, Locale locale) {
        return rule.actions().stream().map(action -> describe(action, conversation, locale)).toList();
    }

    private boolean perform(Rule rule, RuleAction action, ConversationSummary c) {
        String note = messages.getMessage("rules.transferNote", new Object[] { rule.name() }, Locale.ENGLISH);
        switch (action.type()) {
            case "assign-team" -> {
                long team = Long.parseLong(action.value());
                if (Objects.equals(c.teamId(), team) && c.assigneeId() == null) {
                    return false;
                }
                work.transfer(c.id(), null, team, note, null);
            }
            case "assign-agent" -> {
                long agent = Long.parseLong(action.value());
                if (Objects.equals(c.assigneeId(), agent)) {
                    return false;
                }
                Long team = directory.agent(agent).map(AgentSummary::teamId).orElse(c.teamId());
                work.transfer(c.id(), agent, team, note, null);
            }
            case "tag" -> {
                if (c.tags().contains(action.value())) {
                    return false;
                }
                work.tag(c.id(), action.value());
            }
            case "priority" -> {
                Priority priority = Priority.fromCode(action.value());
                if (c.priority() == priority) {
                    return false;
                }
                work.prioritise(c.id(), priority, null);
            }
            case "send-macro" -> macros.applyAndSend(Long.parseLong(action.value()), c.id());
            case "status" -> {
                ConversationStatus status = ConversationStatus.fromCode(action.value());
                if (!c.status().canMoveTo(status)) {
                    return false;
                }
                work.changeStatus(c.id(), status, null);
            }
            // the team's leads (all leads without a team) and admins see it on any page they have open; the note that
            // explains the firing names the leads, for whoever opens the conversation later
            case "notify-lead" -> alerts.push("rule", c.teamId(), new RuleAlert(c.id(), c.subject(), rule.name(),
                c.assigneeName()));
            default -> throw new IllegalStateException(action.type());
        }
        return true;
    }

    private String describe(RuleAction action, ConversationSummary c, Locale locale) {
        String value = switch (action.type()) {
            case "assign-team" -> directory.team(Long.parseLong(action.value())).map(t -> t.name()).orElse(action.value());
            case "assign-agent" -> directory.agent(Long.parseLong(action.value())).map(AgentSummary::name)
                .orElse(action.value());
            case "send-macro" -> macroName(Long.parseLong(action.value()));
            case "priority" -> messages.getMessage("priority." + action.value(), null, action.value(), locale);
            case "status" -> messages.getMessage("status." + action.value(), null, action.value(), locale);
            case "notify-lead" -> String.join(", ", leads(c));
            default -> action.value();
        };
        return messages.getMessage("rules.did." + action.type(), new Object[] { value }, locale);
    }

    private String macroName(long id) {
        try {
            return macroBook.get(id).name();
        } catch (RuntimeException gone) {
            return "#" + id;
        }
    }

    /** The leads of the conversation's team; without a team (or a lead in it), every lead. */
    private List<String> leads(ConversationSummary c) {
        List<AgentSummary> leads = directory.agents().stream().filter(a -> a.role() == Role.LEAD).toList();
        List<String> ofTeam = leads.stream().filter(a -> Objects.equals(a.teamId(), c.teamId()))
            .map(AgentSummary::name).toList();
        return ofTeam.isEmpty() ? leads.stream().map(AgentSummary::name).toList() : ofTeam;
    }
}
