package org.loyaldesk.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets who a customer is: name, every contact point and the orders. The row stays, nameless, so that
 * the conversations and answers that point at it still count in dashboards without naming anyone.
 * Nothing reads orders for a dashboard (churn keeps its own computed revenue), so they go whole.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerErasure {

    private final JdbcClient jdbc;

    CustomerErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param customerIds the customer and every record merged into them: one person
     * @param addresses   the contact points they had, for the modules that keep traces by address
     */
    public record Forgotten(List<Long> customerIds, List<String> addresses, int orders) {
    }

    /** The record and every record merged into it, however many merges ago. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Long> samePerson(long customerId) {
        Set<Long> person = new LinkedHashSet<>(List.of(customerId));
        List<Long> found = List.of(customerId);
        while (!found.isEmpty()) {
            found = jdbc.sql("SELECT id FROM customer_customer WHERE merged_into_id IN (:ids)").param("ids", found)
                .query(Long.class).list().stream().filter(person::add).toList();
        }
        return List.copyOf(person);
    }

    /** Forgets these records (see {@link #samePerson}); harmless to repeat. */
    public Forgotten forget(List<Long> customerIds) {
        List<String> addresses = new ArrayList<>(jdbc.sql(
                "SELECT address FROM customer_contact_point WHERE customer_id IN (:ids) ORDER BY address")
            .param("ids", customerIds).query(String.class).list());
        jdbc.sql("DELETE FROM customer_contact_point WHERE customer_id IN (:ids)").param("ids", customerIds).update();
        jdbc.sql("""
                DELETE FROM customer_order_line WHERE order_id IN
                (SELECT id FROM customer_order WHERE customer_id IN (:ids))""").param("ids", customerIds).update();
        int orders = jdbc.sql("DELETE FROM customer_order WHERE customer_id IN (:ids)").param("ids", customerIds)
            .update();
        jdbc.sql("UPDATE customer_customer SET name = NULL, name_key = NULL, version = version + 1 WHERE id IN (:ids)")
            .param("ids", customerIds).update();
        return new Forgotten(List.copyOf(customerIds), List.copyOf(addresses), orders);
    }
}
