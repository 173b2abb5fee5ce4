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

    /** Only reasons a lead can act on, also from risks stored before reasons were judged that way. */
    public CustomerRisk {
        reasons = reasons.stream().filter(ChurnModel.Reason::speaks).toList();
    }

    /** Risk bands as the dashboards show them. */
    public String band() {
        return risk >= 0.6 ? "high" : risk >= 0.3 ? "medium" : "low";
    }
}
