package org.loyaldesk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every customer bought and since when they are a customer, in two queries for all of them:
 * for models and reports that look at the whole customer base (churn risk, revenue at risk).
 */
@Service
@Transactional(readOnly = true)
public class CustomerActivity {

    private final JdbcClient jdbc;

    CustomerActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Purchase(Instant orderedAt, BigDecimal total) {
    }

    /** @param since first contact or first order, whichever came first */
    public record Activity(long customerId, String displayName, Instant since, List<Purchase> purchases) {
    }

    /** Every customer that was not merged into another, with their orders oldest first. */
    public List<Activity> all() {
        return read("", Map.of());
    }

    public Optional<Activity> of(long customerId) {
        return read(" AND c.id = :id", Map.of("id", customerId)).stream().findFirst();
    }

    /** Product names by SKU, as the shop named them in its orders. */
    public Map<String, String> productNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT sku, name FROM customer_product ORDER BY name")
            .query((rs, row) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    private List<Activity> read(String filter, Map<String, Object> params) {
        Map<Long, List<Purchase>> purchases = new LinkedHashMap<>();
        jdbc.sql("SELECT o.customer_id, o.ordered_at, o.total FROM customer_order o JOIN customer_customer c "
                + "ON c.id = o.customer_id WHERE 1 = 1" + filter + " ORDER BY o.ordered_at")
            .params(params)
            .query((rs, row) -> purchases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(new Purchase(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getBigDecimal(3))))
            .list();
        return jdbc.sql("""
                SELECT c.id, c.name, c.created_at, (SELECT MIN(p.address) FROM customer_contact_point p
                    WHERE p.customer_id = c.id) AS address
                FROM customer_customer c WHERE c.merged_into_id IS NULL""" + filter + " ORDER BY c.id")
            .params(params)
            .query((rs, row) -> {
                long id = rs.getLong(1);
                List<Purchase> bought = purchases.getOrDefault(id, List.of());
                Instant created = rs.getObject(3, OffsetDateTime.class).toInstant();
                Instant since = bought.isEmpty() || bought.getFirst().orderedAt().isAfter(created) ? created
                    : bought.getFirst().orderedAt();
                String name = rs.getString(2) != null ? rs.getString(2)
                    : rs.getString(4) != null ? rs.getString(4) : "#" + id;
                return new Activity(id, name, since, List.copyOf(bought));
            }).list();
    }
}
