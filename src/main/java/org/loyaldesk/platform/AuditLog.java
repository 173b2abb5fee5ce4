package org.loyaldesk.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * Entries matching the filter, newest first, a page at a time: {@code after} is the {@code next} of the page
     * before (null for the first). Actor and action match on a part, case-insensitively; the subject exactly.
     */
    public KeysetPage<Entry> search(Filter filter, String after, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM platform_audit_log WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (after != null && !after.isBlank()) {
            sql.append(" AND id < :after");
            params.put("after", afterId(after));
        }
        if (filter.actor() != null) {
            sql.append(" AND LOWER(actor_name) LIKE :actor ESCAPE '\\'");
            params.put("actor", contains(filter.actor()));
        }
        if (filter.action() != null) {
            sql.append(" AND LOWER(action) LIKE :action ESCAPE '\\'");
            params.put("action", contains(filter.action()));
        }
        if (filter.subjectType() != null) {
            sql.append(" AND subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            sql.append(" AND subject_id = :subjectId");
            params.put("subjectId", filter.subjectId());
        }
        if (filter.from() != null) {
            sql.append(" AND at >= :from");
            params.put("from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            sql.append(" AND at < :until");
            params.put("until", filter.until().atOffset(ZoneOffset.UTC));
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(size + 1).append(" ROWS ONLY");
        List<Entry> found = jdbc.sql(sql.toString()).params(params).query(Entry.class).list();
        if (found.size() <= size) {
            return new KeysetPage<>(found, null);
        }
        List<Entry> page = found.subList(0, size);
        return new KeysetPage<>(List.copyOf(page), Cursor.encode(page.getLast().id()));
    }

    /** The kinds of subject entries are about, for a filter's choices. */
    public List<String> subjectTypes() {
        return jdbc.sql("SELECT DISTINCT subject_type FROM platform_audit_log ORDER BY subject_type")
            .query(String.class).list();
    }

    private static long afterId(String cursor) {
        try {
            return Long.parseLong(Cursor.decode(cursor, 1).getFirst());
        } catch (NumberFormatException e) {
            throw new Cursor.InvalidCursorException();
        }
    }

    private static String contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** What to look for; a null field does not filter. {@code from} is inclusive, {@code until} exclusive. */
    public record Filter(String actor, String action, String subjectType, String subjectId, Instant from,
                         Instant until) {
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public record Entry(long id, OffsetDateTime at, String actorType, String actorId, String actorName,
                        String action, String subjectType, String subjectId, String detail) {
    }
}
