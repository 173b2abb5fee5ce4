package org.loyaldesk.automation.sla;

import java.time.Instant;

/**
 * A conversation is about to miss a target: the moment rules on "SLA near breach" act on. Raised once per target
 * and due time, on the node that claimed the warning.
 *
 * @param target {@code first-reply}, {@code next-reply} or {@code resolution}
 */
public record SlaWarningRaised(long conversationId, String target, Instant dueAt) {
}
