package org.loyaldesk.proactive;

import java.time.Clock;
import java.util.Optional;

import org.loyaldesk.platform.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static org.loyaldesk.proactive.ComplaintLog.utc;

/** Customers who asked not to be warned about incidents; the link in each warning is their way to ask. */
@Service
public class OptOuts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OptOuts(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean optedOut(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM proactive_opt_out WHERE customer_id = ?").param(customerId)
            .query(Integer.class).single() > 0;
    }

    /** The customer a warning's opt-out token was written for, if the token is one of ours. */
    public Optional<Long> customerOf(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT customer_id FROM proactive_warning WHERE opt_out_token = ?").param(token)
            .query(Long.class).optional();
    }

    /** Opting out twice changes nothing. */
    public void optOut(long customerId) {
        try {
            jdbc.sql("INSERT INTO proactive_opt_out (customer_id, at) VALUES (?, ?)")
                .params(customerId, utc(clock.instant())).update();
            audit.record("proactive.opted-out", "customer", customerId, null);
        } catch (DuplicateKeyException before) {
            // opted out before
        }
    }

    public void optIn(long customerId) {
        if (jdbc.sql("DELETE FROM proactive_opt_out WHERE customer_id = ?").param(customerId).update() > 0) {
            audit.record("proactive.opted-in", "customer", customerId, null);
        }
    }
}
