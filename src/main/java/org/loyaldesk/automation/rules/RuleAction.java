package org.loyaldesk.automation.rules;

/**
 * One thing a rule does: {@code type} assign-team, assign-agent (an id as value), tag, priority (a code),
 * send-macro (a shared macro's id), notify-lead (no value), status (solved or closed).
 */
public record RuleAction(String type, String value) {
}
