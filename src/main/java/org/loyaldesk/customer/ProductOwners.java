package org.loyaldesk.customer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.loyaldesk.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns which products, for what concerns every owner of a product at once (a defect, a recall): owners in
 * pages by customer id, so ten thousand of them never sit in memory together, and the catalogue of names.
 */
@Service
@Transactional(readOnly = true)
public class ProductOwners {

    private static final int CATALOGUE_LIMIT = 20_000;

    private final JdbcClient jdbc;

    ProductOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An owner as a notice needs them. {@code email}: their first email address, null when we have none;
     * {@code language}: null when not known.
     */
    public record Owner(long customerId, String name, Language language, String email) {
    }

    /** The next page of customers who ordered any of these SKUs, after {@code afterId}, merged-away ones left out. */
    public List<Owner> owners(Collection<String> skus, long afterId, int limit) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id, c.name, c.language,
                  (SELECT MIN(p.address) FROM customer_contact_point p WHERE p.customer_id = c.id AND p.kind = 'EMAIL')
                FROM customer_customer c
                WHERE c.id > :after AND c.merged_into_id IS NULL AND EXISTS (SELECT 1 FROM customer_order o
                  JOIN customer_order_line l ON l.order_id = o.id WHERE o.customer_id = c.id AND l.sku IN (:skus))
                ORDER BY c.id FETCH FIRST :limit ROWS ONLY""")
            .param("after", afterId).param("skus", skus).param("limit", limit)
            .query((rs, row) -> new Owner(rs.getLong(1), rs.getString(2),
                rs.getString(3) == null ? null : Language.of(rs.getString(3)), rs.getString(4)))
            .list();
    }

    /** How many customers ordered any of these SKUs. */
    public long count(Collection<String> skus) {
        if (skus.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT COUNT(DISTINCT o.customer_id) FROM customer_order o JOIN customer_order_line l ON l.order_id = o.id
                JOIN customer_customer c ON c.id = o.customer_id WHERE c.merged_into_id IS NULL AND l.sku IN (:skus)""")
            .param("skus", skus).query(Long.class).single();
    }

    /** The SKUs the customer ordered since a moment: what they may be writing about. */
    public Set<String> orderedSince(long customerId, Instant since) {
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT l.sku FROM customer_order_line l JOIN customer_order o ON o.id = l.order_id
                WHERE o.customer_id = ? AND o.ordered_at >= ?""")
            .params(customerId, since.atOffset(ZoneOffset.UTC)).query(String.class).list());
    }

    /** SKU to name of the products the shop sells, for recognising a product a customer names. */
    public Map<String, String> catalogue() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT sku, name FROM customer_product ORDER BY sku FETCH FIRST " + CATALOGUE_LIMIT + " ROWS ONLY")
            .query((rs, row) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }
}
