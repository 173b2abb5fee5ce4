package org.loyaldesk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the shop reports it. */
public record OrderImport(String orderNumber, Instant orderedAt, String currency, List<Line> lines) {

    public record Line(String sku, String name, int quantity, BigDecimal amount) {
    }

    BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
