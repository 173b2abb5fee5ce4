package org.loyaldesk.privacy;

import java.time.Period;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.PeriodUnit;

/**
 * Settings of privacy ({@code loyaldesk.privacy.*}).
 *
 * @param retention how long a solved or closed conversation is kept before its texts are erased: months as a
 *                  number ({@code 24}) or a period ({@code P2Y}); unset or zero keeps them forever
 */
@ConfigurationProperties("loyaldesk.privacy")
public record PrivacySettings(@PeriodUnit(ChronoUnit.MONTHS) Period retention) {

    public boolean keepsForever() {
        return retention == null || retention.isZero() || retention.isNegative();
    }
}
