package org.loyaldesk.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the insight module ({@code loyaldesk.insight.*}). The business hours
 * ({@code loyaldesk.insight.opens}, {@code closes}) are read by {@link org.loyaldesk.platform.WorkingHours}.
 *
 * @param angerAlert the default of {@link AngerThreshold}: from this anger on (0 .. 1; the text module calls 0.5
 *                   angry) a customer message puts its conversation at risk and alerts the leads
 */
@ConfigurationProperties("loyaldesk.insight")
public record InsightSettings(@DefaultValue("0.5") double angerAlert) {
}
