package org.loyaldesk.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed what, when. Written in the same transaction as the change it records,
 * so a change never exists without its entry and vice versa.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String action, String subjectType, Object subjectId, String detail) {
        record(CurrentActor.get(), action, subjectType, subjectId, detail);
    }

    public void record(Actor actor, String action, String subjectType, Object subjectId, String detail) {
        jdbc.sql("""
                INSERT INTO platform_audit_log (at, actor_type, actor_id, actor_name, action, subject_type, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor.type().name(),
                actor.id() == null ? null : actor.id().toString(), actor.name(), action, subjectType,
                subjectId == null ? null : subjectId.toString(), truncate(detail))
            .update();
    }

    public List<Entry> recent(int limit) {
        return jdbc.sql("SELECT * FROM platform_audit_log ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
            .param(limit).query(Entry.class).list();
    }

    public List<Entry> forSubject(String subjectType, Object subjectId) {
        return jdbc.sql("SELECT * FROM platform_audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY id")
            .params(subjectType, subjectId.toString()).query(Entry.class).list();
    }

    /**
     * Replaces the details of these subjects' entries (an address, a churn reason) by a neutral text, for
     * an erased customer; who did what and when stays. Entries of the listed actions are kept whole: they
     * never hold personal data (an erasure's own entry). Returns how many entries were redacted.
     */
    public int redact(String subjectType, Collection<?> subjectIds, Collection<String> keptActions, String redacted) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE platform_audit_log SET detail = :redacted
                WHERE subject_type = :type AND subject_id IN (:ids) AND detail IS NOT NULL AND detail <> :redacted
                AND action NOT IN (:kept)""")
            .param("redacted", redacted).param("type", subjectType)
            .param("ids", subjectIds.stream().map(Object::toString).toList())
            .param("kept", keptActions.isEmpty() ? List.of("") : List.copyOf(keptActions)).update();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public record Entry(long id, OffsetDateTime at, String actorType, String actorId, String actorName,
                        String action, String subjectType, String subjectId, String detail) {
    }
}
