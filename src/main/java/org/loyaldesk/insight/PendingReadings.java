package org.loyaldesk.insight;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversations whose reading is out of date. Marking is cheap and done by the event
 * listeners; the reading itself is done once per conversation by {@link PendingReadingsWorker}.
 * Kept in the database, so a crash or restart forgets nothing.
 */
@Component
class PendingReadings {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    PendingReadings(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    record Pending(long conversationId, long customerId, boolean withNeighbours) {
    }

    /** {@code withNeighbours}: the customer's other conversations about the same issue must be read again too. */
    void mark(long conversationId, long customerId, boolean withNeighbours) {
        if (jdbc.sql("UPDATE insight_pending SET with_neighbours = (with_neighbours OR ?) WHERE conversation_id = ?")
            .params(withNeighbours, conversationId).update() > 0) {
            return;
        }
        try {
            // in a savepoint: on PostgreSQL a refused insert would otherwise abort the caller's whole transaction
            savepoint.executeWithoutResult(status -> jdbc.sql(
                    "INSERT INTO insight_pending (conversation_id, customer_id, with_neighbours, since) VALUES (?, ?, ?, ?)")
                .params(conversationId, customerId, withNeighbours, clock.instant().atOffset(ZoneOffset.UTC)).update());
        } catch (DuplicateKeyException markedAtTheSameMoment) {
            jdbc.sql("UPDATE insight_pending SET with_neighbours = (with_neighbours OR ?) WHERE conversation_id = ?")
                .params(withNeighbours, conversationId).update();
        }
    }

    List<Pending> oldest(int limit) {
        return jdbc.sql("SELECT conversation_id, customer_id, with_neighbours FROM insight_pending ORDER BY since "
                + "FETCH FIRST ? ROWS ONLY")
            .param(limit)
            .query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).list();
    }

    /** Takes the mark off before reading, so that an event during the reading marks it again. True if this node won it. */
    boolean claim(Pending pending) {
        return jdbc.sql("DELETE FROM insight_pending WHERE conversation_id = ?").param(pending.conversationId()).update() == 1;
    }
}
