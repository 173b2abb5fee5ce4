package org.loyaldesk.automation.reason;

import java.time.Clock;
import java.util.List;

import org.loyaldesk.conversation.ContactReasonChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The reasons agents chose, with what the classifier had read: what it learns from. One in five conversations
 * (by id, so a correction never moves between the two sets) is held back from training, to measure it honestly.
 */
@Component
class ReasonCorrections {

    private static final int HOLD_BACK_EVERY = 5;

    private final JdbcClient jdbc;
    private final ReasonReadings readings;
    private final Clock clock;

    ReasonCorrections(JdbcClient jdbc, ReasonReadings readings, Clock clock) {
        this.jdbc = jdbc;
        this.readings = readings;
        this.clock = clock;
    }

    record Correction(long conversationId, String suggested, String chosen, boolean heldBack) {

        boolean changedTheReading() {
            return suggested != null && !suggested.equals(chosen);
        }
    }

    static boolean heldBack(long conversationId) {
        return conversationId % HOLD_BACK_EVERY == 0;
    }

    /** The agent's latest choice counts; clearing the reason teaches nothing. */
    @ApplicationModuleListener
    void on(ContactReasonChanged event) {
        if (event.agentId() == null || event.to() == null) {
            return;
        }
        String suggested = readings.find(event.conversationId()).map(ReasonReading::reason).orElse(null);
        int updated = jdbc.sql("""
                UPDATE automation_reason_correction SET chosen = ?, agent_id = ?, corrected_at = ?
                WHERE conversation_id = ?""")
            .params(event.to(), event.agentId(), java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), event.conversationId()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO automation_reason_correction
                        (conversation_id, suggested, chosen, agent_id, held_back, corrected_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.conversationId(), suggested, event.to(), event.agentId(), heldBack(event.conversationId()),
                    java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .update();
        }
    }

    List<Correction> all() {
        return jdbc.sql("SELECT conversation_id, suggested, chosen, held_back FROM automation_reason_correction ORDER BY id")
            .query((rs, n) -> new Correction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }
}
