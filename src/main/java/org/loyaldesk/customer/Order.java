package org.loyaldesk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An order a customer placed, imported from the shop so that agents see what the customer bought. */
@Table("customer_order")
record Order(@Id Long id, Long customerId, String orderNumber, Instant orderedAt, BigDecimal total, String currency,
             @MappedCollection(idColumn = "order_id", keyColumn = "position") List<OrderLine> lines) {

    Order withCustomer(long customerId) {
        return new Order(id, customerId, orderNumber, orderedAt, total, currency, lines);
    }

    Order replacedBy(Order imported) {
        return new Order(id, customerId, orderNumber, imported.orderedAt, imported.total, imported.currency,
            imported.lines);
    }

    @Table("customer_order_line")
    record OrderLine(String sku, int quantity, BigDecimal amount) {
    }
}
