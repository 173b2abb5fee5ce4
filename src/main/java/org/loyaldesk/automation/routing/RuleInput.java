package org.loyaldesk.automation.routing;

import java.math.BigDecimal;

/** A routing rule as an admin writes it; checked by {@link RoutingRules#add}. Empty text means "any". */
public record RuleInput(Long teamId, String channel, String language, String contactReason, String product,
                        BigDecimal minCustomerValue, BigDecimal minAnger, Boolean active) {
}
