package org.loyaldesk.automation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loyaldesk.conversation.ConversationSolved;

/** A rule's own actions never trigger it again; what others (agents, other rules) cause still does. */
class RuleCausationTests {

    final RuleCausation causation = new RuleCausation();

    @Test
    void anEventCausedByARulesActionsIsTracedToThatRuleOnce() {
        causation.acting(7, () -> {
            causation.on(new ConversationSolved(1, 2));
            return null;
        });

        assertThat(causation.consume(RuleTrigger.CONVERSATION_SOLVED, 1)).containsExactly(7L);
        assertThat(causation.consume(RuleTrigger.CONVERSATION_SOLVED, 1)).isEmpty();
    }

    @Test
    void anEventOutsideARulesActionsIsNobodysAndRulesNestWithoutLosingTheOuterOne() {
        causation.on(new ConversationSolved(3, 2));
        causation.acting(1, () -> causation.acting(2, () -> {
            causation.on(new ConversationSolved(4, 2));
            return null;
        }));
        causation.acting(1, () -> {
            causation.acting(2, () -> null);
            causation.on(new ConversationSolved(5, 2));
            return null;
        });

        assertThat(causation.consume(RuleTrigger.CONVERSATION_SOLVED, 3)).isEmpty();
        assertThat(causation.consume(RuleTrigger.CONVERSATION_SOLVED, 4)).containsExactly(2L);
        assertThat(causation.consume(RuleTrigger.CONVERSATION_SOLVED, 5)).containsExactly(1L);
    }
}
