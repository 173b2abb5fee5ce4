package org.loyaldesk.automation.routing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.platform.Channel;

/**
 * Sends conversations that meet all its conditions to a team; a condition left empty matches anything.
 * Public accessors: the settings screen and the API show them.
 */
public record RoutingRule(long id, int position, long teamId, Channel channel, String language, String contactReason,
                          String productSku, BigDecimal minCustomerValue, BigDecimal minAnger, boolean active) {

    boolean matches(Facts facts) {
        return (channel == null || channel == facts.channel())
            && (language == null || language.equals(facts.language()))
            && (contactReason == null || contactReason.equals(facts.reason()))
            && (productSku == null || facts.skus().stream().anyMatch(productSku::equalsIgnoreCase))
            && (minCustomerValue == null || facts.customerValue().compareTo(minCustomerValue) >= 0)
            && (minAnger == null || facts.anger() >= minAnger.doubleValue());
    }

    /** Its conditions as the timeline says them: "contact reason return-refund, language nl". */
    public String conditions() {
        List<String> said = new ArrayList<>();
        if (contactReason != null) {
            said.add("contact reason " + contactReason);
        }
        if (channel != null) {
            said.add("channel " + channel.code());
        }
        if (language != null) {
            said.add("language " + language);
        }
        if (productSku != null) {
            said.add("product " + productSku);
        }
        if (minCustomerValue != null) {
            said.add("customer value from " + minCustomerValue.toPlainString());
        }
        if (minAnger != null) {
            said.add("anger from " + minAnger.toPlainString());
        }
        return said.isEmpty() ? "every conversation" : String.join(", ", said);
    }

    public String channelCode() {
        return channel == null ? null : channel.code();
    }
}
