package org.loyaldesk.automation.rules;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationReopened;
import org.loyaldesk.conversation.ConversationSolved;
import org.loyaldesk.conversation.MessageReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which rule caused an event, so that a rule's own actions never trigger it again (a rule that solves on
 * "solved" would otherwise run in circles). While a rule acts, the events its actions publish are heard here
 * synchronously, in the acting thread, and remembered until the engine hears them after commit.
 */
@Component
class RuleCausation {

    private final ThreadLocal<Long> acting = new ThreadLocal<>();
    private final Map<String, Set<Long>> caused = new ConcurrentHashMap<>();

    <T> T acting(long ruleId, Supplier<T> actions) {
        Long before = acting.get();
        acting.set(ruleId);
        try {
            return actions.get();
        } finally {
            if (before == null) {
                acting.remove();
            } else {
                acting.set(before);
            }
        }
    }

    /** The rules whose actions caused this trigger on this conversation; forgotten once asked. */
    Set<Long> consume(RuleTrigger trigger, long conversationId) {
        Set<Long> rules = caused.remove(key(trigger, conversationId));
        return rules == null ? Set.of() : rules;
    }

    @EventListener
    void on(ConversationSolved event) {
        remember(RuleTrigger.CONVERSATION_SOLVED, event.conversationId());
    }

    @EventListener
    void on(ConversationReopened event) {
        remember(RuleTrigger.CONVERSATION_REOPENED, event.conversationId());
    }

    @EventListener
    void on(ConversationOpened event) {
        remember(RuleTrigger.CONVERSATION_CREATED, event.conversationId());
    }

    @EventListener
    void on(MessageReceived event) {
        remember(RuleTrigger.MESSAGE_RECEIVED, event.conversationId());
    }

    private void remember(RuleTrigger trigger, long conversationId) {
        Long rule = acting.get();
        if (rule != null) {
            caused.computeIfAbsent(key(trigger, conversationId), k -> ConcurrentHashMap.newKeySet()).add(rule);
        }
    }

    private static String key(RuleTrigger trigger, long conversationId) {
        return trigger.code() + ":" + conversationId;
    }
}
