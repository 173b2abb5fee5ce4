package org.loyaldesk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.loyaldesk.platform.Language;

/** Everything the customer module knows of a customer: the core of the customer 360. */
public record CustomerProfile(long id, String name, String displayName, Language language, Instant since,
                              Long mergedIntoId, List<ContactAddress> contacts, List<OrderView> orders) {

    public record OrderView(String orderNumber, Instant orderedAt, BigDecimal total, String currency,
                            List<OrderLineView> lines) {
    }

    public record OrderLineView(String sku, String product, int quantity, BigDecimal amount) {
    }

    public BigDecimal lifetimeValue() {
        return orders.stream().map(OrderView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
