package org.loyaldesk.insight;

import java.math.BigDecimal;
import java.time.Instant;

/** One service-recovery action on a conversation: an apology, a credit or discount, or proof that it is fixed. */
public record RecoveryAction(long id, long conversationId, long customerId, RecoveryKind kind, BigDecimal amount,
                            String link, String note, Long agentId, Instant at) {
}
