package org.loyaldesk.insight;

import java.util.Map;

import org.loyaldesk.customer.spi.CustomerFacts;
import org.springframework.stereotype.Component;

/** Contributes churn risk, its reasons and the two buckets of tags to the customer 360. */
@Component
public class CustomerLoyalty implements CustomerFacts {

    private final ChurnRisks risks;
    private final LoyaltyTagsOfConversations tags;
    private final CustomerChurn churn;

    CustomerLoyalty(ChurnRisks risks, LoyaltyTagsOfConversations tags, CustomerChurn churn) {
        this.risks = risks;
        this.tags = tags;
        this.churn = churn;
    }

    @Override
    public String section() {
        return "loyalty";
    }

    @Override
    public Object about(long customerId) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        risks.of(customerId).ifPresent(risk -> {
            facts.put("churnRisk", risk.risk());
            facts.put("churnReasons", risk.reasons());
            facts.put("yearlyRevenue", risk.yearlyRevenue());
        });
        churn.of(customerId).ifPresent(left -> facts.put("churned", left));
        Map<TagBucket, Map<String, Long>> counted = tags(customerId);
        facts.put("loyaltyDrivers", counted.getOrDefault(TagBucket.LOYALTY, Map.of()));
        facts.put("churnTags", counted.getOrDefault(TagBucket.CHURN, Map.of()));
        return facts;
    }

    /** The tags of the customer's conversations with how often each occurred, per bucket. */
    public Map<TagBucket, Map<String, Long>> tags(long customerId) {
        return tags.ofCustomer(customerId);
    }
}
