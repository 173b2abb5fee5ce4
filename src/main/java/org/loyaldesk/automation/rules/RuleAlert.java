package org.loyaldesk.automation.rules;

/** What a lead's open page shows when a rule asks for them: which rule, on which conversation, whose it is. */
public record RuleAlert(long conversationId, String subject, String rule, String assignee) {
}
