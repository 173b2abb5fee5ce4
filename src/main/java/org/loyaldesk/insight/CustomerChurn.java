package org.loyaldesk.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers who left, as people or the shop's systems say so: the truth the churn model learns
 * from. Marking is undoable (a customer who comes back), and both are in the audit log.
 */
@Service
@Transactional
public class CustomerChurn {

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final AuditLog audit;
    private final Clock clock;

    CustomerChurn(JdbcClient jdbc, CustomerDirectory customers, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    public record Churned(long customerId, Instant at, String reason, String markedBy) {
    }

    public void markChurned(long customerId, String reason) {
        markChurned(customerId, reason, clock.instant());
    }

    /** With the day they left, when that is known (an imported cancellation). */
    public void markChurned(long customerId, String reason, Instant at) {
        customers.ref(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
        String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleaned != null && cleaned.length() > 200) {
            throw new IllegalArgumentException("A churn reason is at most 200 characters");
        }
        jdbc.sql("DELETE FROM insight_customer_churn WHERE customer_id = ?").param(customerId).update();
        jdbc.sql("INSERT INTO insight_customer_churn (customer_id, churned_at, reason, marked_by) VALUES (?, ?, ?, ?)")
            .params(customerId, ConversationSignals.utc(at), cleaned, CurrentActor.get().name()).update();
        audit.record("customer.churned", "customer", customerId, cleaned);
    }

    public void unmark(long customerId) {
        if (jdbc.sql("DELETE FROM insight_customer_churn WHERE customer_id = ?").param(customerId).update() > 0) {
            audit.record("customer.churn-undone", "customer", customerId, null);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Churned> of(long customerId) {
        return jdbc.sql("SELECT * FROM insight_customer_churn WHERE customer_id = ?").param(customerId)
            .query((rs, row) -> new Churned(rs.getLong("customer_id"),
                rs.getObject("churned_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                rs.getString("marked_by")))
            .optional();
    }

    @Transactional(readOnly = true)
    public Map<Long, Instant> all() {
        return jdbc.sql("SELECT customer_id, churned_at FROM insight_customer_churn")
            .query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant())).list()
            .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
