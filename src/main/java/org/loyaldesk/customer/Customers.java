package org.loyaldesk.customer;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Customers extends ListCrudRepository<Customer, Long> {

    @Query("""
        SELECT c.* FROM customer_customer c JOIN customer_contact_point p ON p.customer_id = c.id
        WHERE p.kind = :kind AND p.address = :value""")
    Optional<Customer> findByContactPoint(String kind, String value);
}
