package org.loyaldesk.automation.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.automation.Explanations;
import org.loyaldesk.conversation.ConversationClock;
import org.loyaldesk.conversation.ConversationDueTimes;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.insight.LeadAlerts;
import org.loyaldesk.platform.Transactions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises warnings and breaches when their moment comes. Reads only the clocks whose next check is due (an index),
 * claims each with a conditional update so that one node raises it once, records it for the dashboards, tells the
 * team's leads on their open pages and the assignee in the timeline (which refreshes their inbox and conversation).
 * A deadline missed long ago (history imported, the server down for a day) is recorded but alerts nobody. A warning
 * is also announced to the rules on "SLA near breach".
 */
@Component
class SlaWatch {

    private static final int BATCH = 200;
    private static final Duration TOO_LATE_TO_ALERT = Duration.ofHours(24);

    private final SlaClocks clocks;
    private final ConversationDueTimes conversations;
    private final AgentDirectory directory;
    private final LeadAlerts alerts;
    private final Explanations explanations;
    private final MessageSource messages;
    private final Transactions transactions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaWatch(SlaClocks clocks, ConversationDueTimes conversations, AgentDirectory directory, LeadAlerts alerts,
             Explanations explanations, MessageSource messages, Transactions transactions, JdbcClient jdbc,
             ApplicationEventPublisher events, Clock clock) {
        this.clocks = clocks;
        this.conversations = conversations;
        this.directory = directory;
        this.alerts = alerts;
        this.explanations = explanations;
        this.messages = messages;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${loyaldesk.sla.watch-interval:30s}", initialDelayString = "${loyaldesk.sla.watch-interval:30s}")
    void watch() {
        check(clock.instant());
    }

    /** Raises what is due by {@code now}; returns how many warnings and breaches were raised. */
    int check(Instant now) {
        int raised = 0;
        for (List<SlaClock> due = clocks.dueBy(now, BATCH); !due.isEmpty(); due = clocks.dueBy(now, BATCH)) {
            Map<Long, ConversationClock> facts = conversations.clocks(due.stream().map(SlaClock::conversationId).toList())
                .stream().collect(Collectors.toMap(ConversationClock::id, Function.identity()));
            int before = raised;
            for (SlaClock read : due) {
                if (raise(read, facts.get(read.conversationId()), now)) {
                    raised++;
                }
            }
            if (raised == before) {
                break; // all claimed elsewhere meanwhile: the next round reads them afresh
            }
        }
        return raised;
    }

    private boolean raise(SlaClock read, ConversationClock conversation, Instant now) {
        SlaStage stage = now.isBefore(read.dueAt()) ? SlaStage.WARNING : SlaStage.BREACH;
        SlaClock next = stage == SlaStage.WARNING ? read.warningRaised() : read.breachRaised();
        boolean claimed = transactions.onLatest(() -> {
            if (!clocks.advance(read, next)) {
                return false;
            }
            if (conversation != null) {
                jdbc.sql("""
                        INSERT INTO automation_sla_event (conversation_id, stage, target, team_id, agent_id,
                                                          contact_reason, due_at, happened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(read.conversationId(), stage.name(), read.target().name(), conversation.teamId(),
                        conversation.assigneeId(), conversation.contactReason(), read.dueAt().atOffset(ZoneOffset.UTC),
                        now.atOffset(ZoneOffset.UTC)).update();
            }
            return true;
        });
        if (claimed && conversation != null && Duration.between(read.dueAt(), now).compareTo(TOO_LATE_TO_ALERT) < 0) {
            tell(stage, read, conversation, now);
            if (stage == SlaStage.WARNING) {
                events.publishEvent(new SlaWarningRaised(conversation.id(), read.target().code(), read.dueAt()));
            }
        }
        return claimed;
    }

    private void tell(SlaStage stage, SlaClock clock, ConversationClock conversation, Instant now) {
        long minutes = Math.abs(Duration.between(now, clock.dueAt()).toMinutes());
        alerts.push("sla", conversation.teamId(), new SlaAlert(conversation.id(), conversation.subject(),
            conversation.teamId(), conversation.teamId() == null ? null : directory.teamNames().get(conversation.teamId()),
            conversation.assigneeId() == null ? null : directory.agentNames().get(conversation.assigneeId()),
            stage.code(), clock.target().code(), clock.dueAt(), minutes));
        String target = messages.getMessage("sla.target." + clock.target().code(), null, Locale.ENGLISH);
        explanations.explain(conversation.id(), messages.getMessage("sla.note." + stage.code(),
            new Object[] { target, minutes }, Locale.ENGLISH));
    }
}
