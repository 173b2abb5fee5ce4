package org.loyaldesk.customer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The products the shop sells, learned from imported orders: SKU to name. */
@Component
class ProductCatalog {

    private final JdbcClient jdbc;

    ProductCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the newest name for a SKU; an order without a name does not erase a known one. */
    void learn(String sku, String name) {
        if (name == null || name.isBlank()) {
            jdbc.sql("INSERT INTO customer_product (sku, name) SELECT ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM customer_product WHERE sku = ?)")
                .params(sku, sku, sku).update();
            return;
        }
        int updated = jdbc.sql("UPDATE customer_product SET name = ? WHERE sku = ?").params(name.trim(), sku).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO customer_product (sku, name) VALUES (?, ?)").params(sku, name.trim()).update();
        }
    }

    Map<String, String> names(Collection<String> skus) {
        Map<String, String> names = new HashMap<>();
        if (skus.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT sku, name FROM customer_product WHERE sku IN (:skus)").param("skus", skus)
            .query((rs, row) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }
}
