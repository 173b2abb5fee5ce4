package org.loyaldesk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the shop reports it. */
public record OrderImport(String orderNumber, Instant orderedAt, String currency, List<Line> lines) {

    /** The largest amount an order (and so each of its lines) can hold: the columns are DECIMAL(12, 2). */
    public static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999.99");

    public OrderImport {
        BigDecimal total = lines == null || !lines.stream().allMatch(line -> line != null && line.amount() != null)
            ? BigDecimal.ZERO : total(lines);
        if (total.compareTo(LARGEST_AMOUNT) > 0) {
            throw new IllegalArgumentException("The order's total of " + total.toPlainString()
                + " is larger than the largest amount Loyaldesk keeps (" + LARGEST_AMOUNT.toPlainString() + ")");
        }
    }

    public record Line(String sku, String name, int quantity, BigDecimal amount) {
    }

    BigDecimal total() {
        return total(lines);
    }

    private static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
