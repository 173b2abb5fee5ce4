package org.loyaldesk.automation.routing;

import java.math.BigDecimal;
import java.util.Set;

import org.loyaldesk.platform.Channel;

/** What routing knows of a new conversation when it picks a team. {@code reason}: set, not merely suggested. */
record Facts(Channel channel, String language, String reason, Set<String> skus, BigDecimal customerValue, double anger) {
}
