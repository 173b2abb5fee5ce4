package org.loyaldesk.automation.sla;

import java.time.Instant;

/**
 * What a lead's page shows when a conversation is about to miss its target ({@code stage} "warning") or has missed
 * it ("breach"): the page words it in the lead's language from the codes.
 */
public record SlaAlert(long conversationId, String subject, Long teamId, String team, String assignee, String stage,
                       String target, Instant dueAt, long minutes) {
}
