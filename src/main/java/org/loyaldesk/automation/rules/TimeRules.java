package org.loyaldesk.automation.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationQueries.InStatus;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.platform.InstanceSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rules on time ("pending for 3 days"): every node looks once a minute, one node claims the minute in the
 * database, and each stretch of waiting fires a rule once (its start is the occasion), so a conversation is solved
 * once however many nodes look and however often.
 */
@Component
class TimeRules {

    static final String CLAIM = "automation.rules.time";
    private static final int PAGE = 200;

    private final Rules rules;
    private final RuleEngine engine;
    private final ConversationQueries conversations;
    private final InstanceSettings instance;
    private final Clock clock;

    TimeRules(Rules rules, RuleEngine engine, ConversationQueries conversations, InstanceSettings instance, Clock clock) {
        this.rules = rules;
        this.engine = engine;
        this.conversations = conversations;
        this.instance = instance;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${loyaldesk.automation.rules.time-check:60s}", initialDelayString = "30s")
    void everyMinute() {
        Instant now = clock.instant();
        if (instance.claim(CLAIM, now.truncatedTo(ChronoUnit.MINUTES).toString())) {
            run(now);
        }
    }

    /** Fires the time rules that are due at {@code now}; returns how many firings. */
    int run(Instant now) {
        int fired = 0;
        for (Rule rule : rules.active(RuleTrigger.TIME_PASSED)) {
            ConversationStatus status = ConversationStatus.fromCode(rule.waitStatus());
            Instant before = now.minus(Duration.ofHours(rule.waitHours()));
            long after = 0;
            for (List<InStatus> page = conversations.inStatusSince(status, before, after, PAGE); !page.isEmpty();
                 page = conversations.inStatusSince(status, before, after, PAGE)) {
                for (InStatus waiting : page) {
                    fired += fire(rule, waiting) ? 1 : 0;
                }
                after = page.getLast().conversationId();
            }
        }
        return fired;
    }

    private boolean fire(Rule rule, InStatus waiting) {
        String occasion = "time:" + rule.waitStatus() + ":" + waiting.since().toEpochMilli();
        return engine.facts(waiting.conversationId(), List.of(rule))
            .filter(facts -> rule.conditions().stream().allMatch(facts::matches))
            .map(facts -> engine.fire(rule, facts, occasion)).orElse(false);
    }
}
