package org.loyaldesk.automation.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.automation.ConversationLanguage;
import org.loyaldesk.automation.Explanations;
import org.loyaldesk.automation.sla.SlaWarningRaised;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationReopened;
import org.loyaldesk.conversation.ConversationSolved;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.MessageReceived;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.insight.ConversationSignal;
import org.loyaldesk.insight.ConversationSignals;
import org.loyaldesk.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the active rules when something happens to a conversation: each rule whose conditions hold fires once per
 * occasion, not on what its own actions caused, and no more than a cap a day per conversation (so that two rules
 * that set off each other stop). Every firing is explained in the timeline.
 * <p>
 * The listeners run without a transaction of their own: each action commits on its own (as an agent's would), and
 * the claim of a firing may fail on its unique key, which on PostgreSQL would spoil a surrounding transaction.
 */
@Service
class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final Rules rules;
    private final RuleFirings firings;
    private final RuleActions actions;
    private final RuleCausation causation;
    private final ConversationQueries conversations;
    private final CustomerDirectory customers;
    private final ConversationLanguage languages;
    private final ConversationSignals signals;
    private final Explanations explanations;
    private final MessageSource messages;
    private final Clock clock;
    private final int dailyCap;

    RuleEngine(Rules rules, RuleFirings firings, RuleActions actions, RuleCausation causation,
               ConversationQueries conversations, CustomerDirectory customers, ConversationLanguage languages,
               ConversationSignals signals, Explanations explanations, MessageSource messages, Clock clock,
               @Value("${loyaldesk.automation.rules.daily-cap:10}") int dailyCap) {
        this.rules = rules;
        this.firings = firings;
        this.actions = actions;
        this.causation = causation;
        this.conversations = conversations;
        this.customers = customers;
        this.languages = languages;
        this.signals = signals;
        this.explanations = explanations;
        this.messages = messages;
        this.clock = clock;
        this.dailyCap = dailyCap;
    }

    @Async
    @TransactionalEventListener
    void on(MessageReceived event) {
        run(RuleTrigger.MESSAGE_RECEIVED, event.conversationId(), "message:" + event.messageId());
    }

    @Async
    @TransactionalEventListener
    void on(ConversationOpened event) {
        run(RuleTrigger.CONVERSATION_CREATED, event.conversationId(), "created");
    }

    @Async
    @TransactionalEventListener
    void on(ConversationSolved event) {
        run(RuleTrigger.CONVERSATION_SOLVED, event.conversationId(), "solved:" + clock.millis());
    }

    @Async
    @TransactionalEventListener
    void on(ConversationReopened event) {
        run(RuleTrigger.CONVERSATION_REOPENED, event.conversationId(), "reopened:" + clock.millis());
    }

    /** Raised outside a transaction, by the SLA watch: a plain listener, on a thread of its own. */
    @Async
    @EventListener
    void on(SlaWarningRaised event) {
        run(RuleTrigger.SLA_NEAR_BREACH, event.conversationId(),
            "sla:" + event.target() + ":" + event.dueAt().toEpochMilli());
    }

    void run(RuleTrigger trigger, long conversationId, String occasion) {
        Set<Long> causedBy = causation.consume(trigger, conversationId);
        List<Rule> candidates = rules.active(trigger).stream().filter(rule -> !causedBy.contains(rule.id())).toList();
        if (candidates.isEmpty()) {
            return;
        }
        facts(conversationId, candidates).ifPresent(facts -> candidates.stream()
            .filter(rule -> rule.conditions().stream().allMatch(facts::matches))
            .forEach(rule -> fire(rule, facts, occasion)));
    }

    /** Fires a rule whose conditions hold, unless it already fired on this occasion or the day's cap is reached. */
    boolean fire(Rule rule, RuleFacts facts, String occasion) {
        long conversationId = facts.conversation().id();
        Instant now = clock.instant();
        if (firings.today(conversationId, now) >= dailyCap) {
            log.info("Rule {} not fired on conversation {}: {} firings today is the cap", rule.id(), conversationId,
                dailyCap);
            return false;
        }
        if (!firings.claim(rule.id(), conversationId, occasion, now)) {
            return false;
        }
        Language language = facts.language() != null ? facts.language() : languageOf(facts.conversation());
        Locale locale = (language == null ? Language.EN : language).locale();
        List<String> done = causation.acting(rule.id(), () -> actions.perform(rule, facts.conversation(), locale));
        explanations.explain(conversationId, messages.getMessage("rules.fired", new Object[] { rule.name(),
            messages.getMessage("rules.trigger." + rule.trigger().code(), null, locale),
            done.isEmpty() ? messages.getMessage("rules.nothingToDo", null, locale) : String.join("; ", done) }, locale));
        return true;
    }

    /** What the conditions of these rules look at; language and anger only when one of them asks. */
    Optional<RuleFacts> facts(long conversationId, List<Rule> rules) {
        Optional<ConversationSummary> conversation = conversations.summary(conversationId);
        if (conversation.isEmpty() || conversation.get().spam()) {
            return Optional.empty();
        }
        Language language = uses(rules, "language") ? languageOf(conversation.get()) : null;
        double anger = uses(rules, "anger") ? signals.of(conversationId).map(ConversationSignal::maxAnger).orElse(0.0) : 0;
        return Optional.of(new RuleFacts(conversation.get(), language, anger));
    }

    private Language languageOf(ConversationSummary conversation) {
        return languages.of(conversation.id(), customers.profile(conversation.customerId()).orElse(null)).orElse(null);
    }

    private static boolean uses(List<Rule> rules, String field) {
        return rules.stream().anyMatch(rule -> rule.conditions().stream().anyMatch(c -> c.field().equals(field)));
    }
}
