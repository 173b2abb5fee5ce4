package org.loyaldesk.automation.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored clocks, read and written a batch at a time. */
@Component
class SlaClocks {

    private static final int[] TYPES = { Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SlaClocks(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<Long, SlaClock> of(Collection<Long> conversationIds) {
        Map<Long, SlaClock> clocks = new HashMap<>();
        if (!conversationIds.isEmpty()) {
            jdbc.sql("SELECT * FROM automation_sla_clock WHERE conversation_id IN (:ids)").param("ids", conversationIds)
                .query(SlaClocks::clock).list().forEach(clock -> clocks.put(clock.conversationId(), clock));
        }
        return clocks;
    }

    /** Clocks whose warning or breach is due by {@code now}, oldest first. */
    List<SlaClock> dueBy(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM automation_sla_clock WHERE check_at <= ? ORDER BY check_at FETCH FIRST ? ROWS ONLY")
            .params(now.atOffset(ZoneOffset.UTC), limit).query(SlaClocks::clock).list();
    }

    /**
     * Moves a clock on from the state it was read in; false when another node (or a recomputation) got there first,
     * so that a warning is raised once however many nodes watch.
     */
    boolean advance(SlaClock read, SlaClock next) {
        return jdbc.sql("UPDATE automation_sla_clock SET warned = ?, breached = ?, check_at = ? "
                + "WHERE conversation_id = ? AND warned = ? AND breached = ? AND due_at = ?")
            .params(next.warned(), next.breached(), utc(next.checkAt()), read.conversationId(), read.warned(),
                read.breached(), utc(read.dueAt()))
            .update() == 1;
    }

    /** Writes the clocks: an update for those that exist, an insert for the rest, each in one batch. */
    void save(Collection<SlaClock> clocks, Collection<Long> existing) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (SlaClock clock : clocks) {
            (existing.contains(clock.conversationId()) ? updates : inserts).add(row(clock));
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate("""
                UPDATE automation_sla_clock SET target = ?, started_at = ?, due_at = ?, warn_at = ?, paused_since = ?,
                       paused_seconds = ?, warned = ?, breached = ?, check_at = ? WHERE conversation_id = ?""",
                updates, TYPES);
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                INSERT INTO automation_sla_clock (target, started_at, due_at, warn_at, paused_since, paused_seconds,
                                                  warned, breached, check_at, conversation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts, TYPES);
        }
    }

    private static Object[] row(SlaClock clock) {
        return new Object[] { clock.target() == null ? null : clock.target().name(), utc(clock.startedAt()),
            utc(clock.dueAt()), utc(clock.warnAt()), utc(clock.pausedSince()), clock.pausedSeconds(), clock.warned(),
            clock.breached(), utc(clock.checkAt()), clock.conversationId() };
    }

    private static SlaClock clock(ResultSet rs, int n) throws SQLException {
        String target = rs.getString("target");
        return new SlaClock(rs.getLong("conversation_id"), target == null ? null : SlaTarget.valueOf(target),
            instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "warn_at"), instant(rs, "paused_since"),
            rs.getLong("paused_seconds"), rs.getBoolean("warned"), rs.getBoolean("breached"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
