package org.loyaldesk.automation.rules;

import java.util.Locale;

/**
 * When a rule is considered. {@link #SLA_NEAR_BREACH} comes with the warning before a service-level target is
 * missed (the lead's warning percentage of the target); {@link #TIME_PASSED} is checked on a schedule: a
 * conversation in a status for at least so many hours.
 */
public enum RuleTrigger {
    MESSAGE_RECEIVED, CONVERSATION_CREATED, CONVERSATION_SOLVED, CONVERSATION_REOPENED, SLA_NEAR_BREACH, TIME_PASSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RuleTrigger fromCode(String code) {
        for (RuleTrigger trigger : values()) {
            if (trigger.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return trigger;
            }
        }
        throw new IllegalArgumentException("Unknown trigger '" + code + "'; use one of message-received, "
            + "conversation-created, conversation-solved, conversation-reopened, sla-near-breach, time-passed");
    }
}
