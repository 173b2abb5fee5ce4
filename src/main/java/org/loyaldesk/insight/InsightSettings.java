package org.loyaldesk.insight;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the insight module ({@code loyaldesk.insight.*}).
 *
 * @param angerAlert from this anger on (0 .. 1; the text module calls 0.5 angry) a customer message puts its conversation at risk and alerts the leads
 * @param opens      when the service team starts working, in loyaldesk.time-zone (Monday to Friday)
 * @param closes     when it stops
 */
@ConfigurationProperties("loyaldesk.insight")
public record InsightSettings(@DefaultValue("0.5") double angerAlert, @DefaultValue("09:00") LocalTime opens,
                              @DefaultValue("17:30") LocalTime closes) {
}
