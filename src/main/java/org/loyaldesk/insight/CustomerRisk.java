package org.loyaldesk.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How likely a customer is to leave, why, and what they are worth a year.
 *
 * @param churnedAt when they were marked as churned, null while they are still a customer
 */
public record CustomerRisk(long customerId, String name, double risk, List<ChurnModel.Reason> reasons,
                           BigDecimal yearlyRevenue, Instant churnedAt) {

    /** Risk bands as the dashboards show them. */
    public String band() {
        return risk >= 0.6 ? "high" : risk >= 0.3 ? "medium" : "low";
    }
}
