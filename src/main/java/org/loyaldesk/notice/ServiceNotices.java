package org.loyaldesk.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting and ending service notices, and which of them a customer sees now. */
@Service
@Transactional
public class ServiceNotices {

    private static final String COLUMNS = "id, severity, title_nl, text_nl, title_en, text_en, visible_from, "
        + "visible_until, posted_by_name, posted_at, ended_at";
    private static final Comparator<ServiceNotice> MOST_SEVERE_FIRST = Comparator
        .comparing(ServiceNotice::severity, Comparator.reverseOrder())
        .thenComparing(ServiceNotice::from, Comparator.reverseOrder());

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ServiceNotices(JdbcClient jdbc, CustomerDirectory customers, ApplicationEventPublisher events, AuditLog audit,
                   Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notices the customer sees now: those for everyone and those about a product they ordered, most severe first. */
    @Transactional(readOnly = true)
    public List<ServiceNotice> concerning(long customerId, Instant now) {
        List<ServiceNotice> shown = shownAt(now);
        Set<String> ordered = shown.stream().allMatch(notice -> notice.skus().isEmpty()) ? Set.of()
            : customers.orderedSkus(customerId);
        return shown.stream().filter(notice -> notice.concerns(ordered)).toList();
    }

    /** Every notice customers see at this moment, whoever it is for, most severe first. */
    @Transactional(readOnly = true)
    public List<ServiceNotice> shownAt(Instant now) {
        // narrowed in SQL to what has not ended or expired; isShownAt is the rule
        return withSkus(jdbc.sql("SELECT " + COLUMNS + " FROM notice_notice "
                + "WHERE ended_at IS NULL AND (visible_until IS NULL OR visible_until > ?)")
            .param(utc(now)).query(ServiceNotices::map).list()).stream()
            .filter(notice -> notice.isShownAt(now)).sorted(MOST_SEVERE_FIRST).toList();
    }

    /** Every notice, ended and expired ones too, the latest posted first. */
    @Transactional(readOnly = true)
    public List<ServiceNotice> all(int limit) {
        return withSkus(jdbc.sql("SELECT " + COLUMNS + " FROM notice_notice ORDER BY posted_at DESC, id DESC "
            + "FETCH FIRST ? ROWS ONLY").param(limit).query(ServiceNotices::map).list());
    }

    @Transactional(readOnly = true)
    public ServiceNotice get(long id) {
        return withSkus(jdbc.sql("SELECT " + COLUMNS + " FROM notice_notice WHERE id = ?").param(id)
            .query(ServiceNotices::map).list()).stream().findFirst()
            .orElseThrow(() -> new NotFoundException("Notice", id));
    }

    public ServiceNotice post(NoticeInput input) {
        Instant now = clock.instant();
        NoticeDraft draft = NoticeDraft.of(input, now);
        Actor actor = CurrentActor.get();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice_notice (severity, title_nl, text_nl, title_en, text_en, visible_from, visible_until,
                posted_by_id, posted_by_name, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(draft.severity().name(), draft.titleNl(), draft.textNl(), draft.titleEn(), draft.textEn(),
                utc(draft.from()), utc(draft.until()), actor.isAgent() ? actor.id() : null, actor.name(), utc(now))
            .update(key, "id");
        long id = key.getKey().longValue();
        draft.skus().forEach(sku -> jdbc.sql("INSERT INTO notice_target_sku (notice_id, sku) VALUES (?, ?)")
            .params(id, sku).update());
        audit.record("notice.posted", "notice", id, draft.severity().code() + ": "
            + (draft.titleEn() != null ? draft.titleEn() : draft.titleNl()));
        events.publishEvent(new ServiceNoticePosted(id, draft.severity(), draft.skus(), draft.from(), draft.until()));
        return get(id);
    }

    /** Takes the notice down for every customer at once; ending it again changes nothing. */
    public ServiceNotice end(long id) {
        ServiceNotice notice = get(id);
        if (notice.endedAt() != null) {
            return notice;
        }
        jdbc.sql("UPDATE notice_notice SET ended_at = ?, ended_by_name = ? WHERE id = ? AND ended_at IS NULL")
            .params(utc(clock.instant()), CurrentActor.get().name(), id).update();
        audit.record("notice.ended", "notice", id, null);
        return get(id);
    }

    private List<ServiceNotice> withSkus(List<ServiceNotice> notices) {
        if (notices.isEmpty()) {
            return notices;
        }
        Map<Long, Set<String>> skus = skusOf(notices.stream().map(ServiceNotice::id).toList());
        return notices.stream().map(notice -> new ServiceNotice(notice.id(), notice.severity(), notice.titleNl(),
            notice.textNl(), notice.titleEn(), notice.textEn(), notice.from(), notice.until(),
            Collections.unmodifiableSet(skus.getOrDefault(notice.id(), Set.of())), notice.postedBy(), notice.postedAt(),
            notice.endedAt())).toList();
    }

    private Map<Long, Set<String>> skusOf(Collection<Long> ids) {
        Map<Long, Set<String>> skus = new HashMap<>();
        jdbc.sql("SELECT notice_id, sku FROM notice_target_sku WHERE notice_id IN (:ids) ORDER BY sku")
            .param("ids", ids)
            .query((rs, row) -> skus.computeIfAbsent(rs.getLong(1), id -> new LinkedHashSet<>()).add(rs.getString(2)))
            .list();
        return skus;
    }

    private static ServiceNotice map(ResultSet rs, int row) throws SQLException {
        return new ServiceNotice(rs.getLong("id"), Severity.valueOf(rs.getString("severity")), rs.getString("title_nl"),
            rs.getString("text_nl"), rs.getString("title_en"), rs.getString("text_en"), instant(rs, "visible_from"),
            instant(rs, "visible_until"), Set.of(), rs.getString("posted_by_name"), instant(rs, "posted_at"),
            instant(rs, "ended_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
