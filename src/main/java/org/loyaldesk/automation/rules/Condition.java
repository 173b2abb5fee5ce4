package org.loyaldesk.automation.rules;

/**
 * One test a conversation must pass: {@code field} (channel, status, priority, contact-reason, tag, language, team,
 * anger, at-risk), {@code operator} (is, is-not; above and below for anger) and the value as a code.
 */
public record Condition(String field, String operator, String value) {
}
