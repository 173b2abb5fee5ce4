package org.loyaldesk.automation.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** The rules admins keep: saved only when every part is understood, and tried on recent work before they go live. */
@Service
public class RuleBook {

    public static final int MAX_DRY_RUN = 500;

    private final Rules rules;
    private final RuleVocabulary vocabulary;
    private final RuleEngine engine;
    private final RuleActions actions;
    private final ConversationQueries conversations;
    private final AuditLog audit;
    private final Clock clock;

    RuleBook(Rules rules, RuleVocabulary vocabulary, RuleEngine engine, RuleActions actions,
             ConversationQueries conversations, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.engine = engine;
        this.actions = actions;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Rule> all() {
        return rules.all();
    }

    public Rule get(long id) {
        return rules.byId(id).orElseThrow(() -> new NotFoundException("Rule", id));
    }

    public Rule create(RuleInput input) {
        Rule rule = input.toRule(0, vocabulary);
        long id = rules.insert(rule, clock.instant());
        audit.record("automation.rule.created", "rule", id, rule.name() + (rule.active() ? " (on)" : " (off)"));
        return get(id);
    }

    public Rule update(long id, RuleInput input) {
        get(id);
        Rule rule = input.toRule(id, vocabulary);
        rules.update(rule, clock.instant());
        audit.record("automation.rule.changed", "rule", id, rule.name() + (rule.active() ? " (on)" : " (off)"));
        return get(id);
    }

    public void delete(long id) {
        Rule rule = get(id);
        rules.delete(id);
        audit.record("automation.rule.deleted", "rule", id, rule.name());
    }

    /** Tries a rule as it would be saved on the last {@code last} conversations; nothing is changed. */
    public DryRun dryRun(RuleInput input, int last, Locale locale) {
        return dryRun(input.toRule(0, vocabulary), last, locale);
    }

    public DryRun dryRun(long id, int last, Locale locale) {
        return dryRun(get(id), last, locale);
    }

    private DryRun dryRun(Rule rule, int last, Locale locale) {
        if (last < 1 || last > MAX_DRY_RUN) {
            throw new IllegalArgumentException("last is between 1 and " + MAX_DRY_RUN);
        }
        List<Long> recent = conversations.latest(last);
        List<DryRun.Match> matches = new ArrayList<>();
        for (long id : recent) {
            engine.facts(id, List.of(rule))
                .filter(facts -> waitedLongEnough(rule, facts))
                .filter(facts -> rule.conditions().stream().allMatch(facts::matches))
                .ifPresent(facts -> matches.add(new DryRun.Match(id, facts.conversation().subject(),
                    actions.describe(rule, facts.conversation(), locale))));
        }
        return new DryRun(recent.size(), matches);
    }

    // a dry run has no stretch of waiting to look at: a conversation last changed long enough ago stands in for it
    private boolean waitedLongEnough(Rule rule, RuleFacts facts) {
        if (rule.trigger() != RuleTrigger.TIME_PASSED) {
            return true;
        }
        Instant before = clock.instant().minus(Duration.ofHours(rule.waitHours()));
        return facts.conversation().status().code().equals(rule.waitStatus())
            && !facts.conversation().updatedAt().isAfter(before);
    }
}
