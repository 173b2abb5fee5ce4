package org.loyaldesk.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Orders extends ListCrudRepository<Order, Long> {

    Optional<Order> findByOrderNumber(String orderNumber);

    List<Order> findByCustomerIdOrderByOrderedAtDesc(Long customerId);

    @Modifying
    @Query("UPDATE customer_order SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveAll(long duplicate, long survivor);
}
