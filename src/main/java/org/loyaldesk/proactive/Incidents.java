package org.loyaldesk.proactive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.customer.ProductOwners;
import org.loyaldesk.notice.NoticeInput;
import org.loyaldesk.notice.ServiceNotices;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.loyaldesk.proactive.ComplaintLog.utc;
import static org.loyaldesk.proactive.Spikes.instant;

/**
 * Declaring, warning about and resolving incidents. Declaring links the open conversations about it and shows
 * the notice in the portal and the chat widget to the owners of its products; warning mails the owners who have
 * not written; resolving answers and solves every linked conversation (both run after the commit, in the
 * background, and survive a restart).
 */
@Service
@Transactional
public class Incidents {

    /** The most conversations behind a spike that are linked to its incident. */
    static final int SPIKE_CONVERSATIONS = 10_000;
    private static final String COLUMNS = "id, title, notice_nl, notice_en, status, spike_id, first_complaint_at, "
        + "alerted_at, declared_at, declared_by_name, service_notice_id, warn_started_at, warn_finished_at, "
        + "resolution_nl, resolution_en, fix_link, resolved_at, resolved_by_name, answered_at";

    private final JdbcClient jdbc;
    private final Spikes spikes;
    private final IncidentLinks links;
    private final ServiceNotices notices;
    private final ProductOwners owners;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Incidents(JdbcClient jdbc, Spikes spikes, IncidentLinks links, ServiceNotices notices, ProductOwners owners,
              ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.spikes = spikes;
        this.links = links;
        this.notices = notices;
        this.owners = owners;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws InvalidIncident   when the input cannot be taken
     * @throws NotFoundException when the spike does not exist
     * @throws ConflictException when the spike was confirmed or dismissed before
     */
    public Incident declare(IncidentInput input) {
        Spike spike = input.spikeId() == null ? null : spikes.get(input.spikeId());
        if (spike != null && !spike.isOpen()) {
            throw new ConflictException("Spike " + spike.id() + " is " + spike.status().code() + " already");
        }
        IncidentDraft draft = IncidentDraft.of(withSpikeProduct(input, spike), owners.catalogue(),
            spike == null ? List.of() : spike.words());
        Instant now = clock.instant();
        Actor actor = CurrentActor.get();
        Long noticeId = draft.skus().isEmpty() ? null : notices.post(new NoticeInput("warning",
            draft.noticeNl() == null ? null : draft.title(), draft.noticeNl(),
            draft.noticeEn() == null ? null : draft.title(), draft.noticeEn(), now, null,
            List.copyOf(draft.skus()))).id();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proactive_incident (title, notice_nl, notice_en, status, spike_id, first_complaint_at,
                alerted_at, declared_at, declared_by_name, service_notice_id) VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?)""")
            .params(draft.title(), draft.noticeNl(), draft.noticeEn(), spike == null ? null : spike.id(),
                spike == null ? null : utc(spike.firstAt()), spike == null ? null : utc(spike.raisedAt()), utc(now),
                actor.name(), noticeId)
            .update(key, "id");
        long id = key.getKey().longValue();
        draft.skus().forEach(sku -> jdbc.sql("INSERT INTO proactive_incident_sku (incident_id, sku) VALUES (?, ?)")
            .params(id, sku).update());
        draft.words().forEach(word -> jdbc.sql("INSERT INTO proactive_incident_word (incident_id, word) VALUES (?, ?)")
            .params(id, word).update());
        if (spike != null) {
            spikes.confirm(spike.id(), id);
        }
        Incident incident = get(id);
        int linked = links.linkOpen(incident,
            spike == null ? List.of() : spikes.conversations(spike.id(), SPIKE_CONVERSATIONS));
        audit.record(actor, "proactive.incident-declared", "incident", id, draft.title() + " (" + linked + " linked)");
        events.publishEvent(new IncidentDeclared(id, draft.skus(), spike == null ? null : spike.id()));
        return incident;
    }

    /**
     * Starts warning the owners who have not written (again: only those not warned before).
     *
     * @throws ConflictException      when the incident is resolved: there is nothing left to warn about
     * @throws RuleViolationException when it names no products: nobody owns it
     */
    public Incident warn(long id) {
        Incident incident = get(id);
        if (!incident.isOpen()) {
            throw new ConflictException("Incident " + id + " is resolved: owners are no longer warned");
        }
        if (incident.skus().isEmpty()) {
            throw new RuleViolationException("incident-without-products", "Incident " + id + " names no products, "
                + "so it has no owners to warn; declare one with the products it concerns");
        }
        jdbc.sql("UPDATE proactive_incident SET warn_started_at = COALESCE(warn_started_at, ?), warn_finished_at = NULL "
            + "WHERE id = ?").params(utc(clock.instant()), id).update();
        audit.record("proactive.owners-warned", "incident", id, null);
        events.publishEvent(new OwnersToWarn(id));
        return get(id);
    }

    /**
     * Resolves the incident: the notice comes down, and every linked conversation gets the resolution in its
     * customer's language, is solved, and records the fix as proof of improvement.
     *
     * @throws ConflictException when it was resolved before (nothing is answered twice)
     */
    public Incident resolve(long id, ResolutionInput input) {
        Incident incident = get(id);
        if (!incident.isOpen()) {
            throw new ConflictException("Incident " + id + " was resolved before, on " + incident.resolvedAt());
        }
        IncidentDraft.checkResolution(input);
        Actor actor = CurrentActor.get();
        int changed = jdbc.sql("""
                UPDATE proactive_incident SET status = 'RESOLVED', resolution_nl = ?, resolution_en = ?, fix_link = ?,
                resolved_at = ?, resolved_by_id = ?, resolved_by_name = ? WHERE id = ? AND status = 'OPEN'""")
            .params(IncidentDraft.trimmed(input.resolutionNl()), IncidentDraft.trimmed(input.resolutionEn()),
                IncidentDraft.trimmed(input.fixLink()), utc(clock.instant()), actor.isAgent() ? actor.id() : null,
                actor.name(), id)
            .update();
        if (changed == 0) {
            throw new ConflictException("Incident " + id + " was resolved a moment ago");
        }
        if (incident.serviceNoticeId() != null) {
            notices.end(incident.serviceNoticeId());
        }
        audit.record(actor, "proactive.incident-resolved", "incident", id, input.fixLink());
        events.publishEvent(new IncidentResolved(id));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Incident get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Incident", id));
    }

    @Transactional(readOnly = true)
    public Optional<Incident> find(long id) {
        return withScope(jdbc.sql("SELECT " + COLUMNS + " FROM proactive_incident WHERE id = ?").param(id)
            .query(Incidents::map).list()).stream().findFirst();
    }

    /** Open incidents first, then the latest resolved ones. */
    @Transactional(readOnly = true)
    public List<Incident> recent(int limit) {
        return withScope(jdbc.sql("SELECT " + COLUMNS + " FROM proactive_incident ORDER BY CASE WHEN status = 'OPEN' "
            + "THEN 0 ELSE 1 END, declared_at DESC, id DESC FETCH FIRST ? ROWS ONLY").param(limit)
            .query(Incidents::map).list());
    }

    @Transactional(readOnly = true)
    public List<Incident> open() {
        return withScope(jdbc.sql("SELECT " + COLUMNS + " FROM proactive_incident WHERE status = 'OPEN' ORDER BY id")
            .query(Incidents::map).list());
    }

    /** The incidents a conversation is linked to. */
    @Transactional(readOnly = true)
    public List<Incident> ofConversation(long conversationId) {
        return withScope(jdbc.sql("SELECT " + COLUMNS + " FROM proactive_incident WHERE id IN "
                + "(SELECT incident_id FROM proactive_incident_conversation WHERE conversation_id = ?) ORDER BY id")
            .param(conversationId).query(Incidents::map).list());
    }

    /** The linked conversations, the latest first, with whether and how they were answered. */
    @Transactional(readOnly = true)
    public List<LinkedConversation> linked(long id, int limit) {
        return jdbc.sql("""
                SELECT conversation_id, customer_id, linked_at, answered_at, outcome FROM proactive_incident_conversation
                WHERE incident_id = ? ORDER BY conversation_id DESC FETCH FIRST ? ROWS ONLY""")
            .params(id, limit)
            .query((rs, row) -> new LinkedConversation(rs.getLong(1), rs.getLong(2), instant(rs, "linked_at"),
                instant(rs, "answered_at"), rs.getString(5)))
            .list();
    }

    /** How many conversations are linked, and how many of them were answered with the resolution. */
    @Transactional(readOnly = true)
    public Map<String, Long> linkCounts(long id) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("linked", 0L);
        counts.put("answered", 0L);
        jdbc.sql("SELECT COUNT(*), COUNT(answered_at) FROM proactive_incident_conversation WHERE incident_id = ?")
            .param(id).query(rs -> {
                counts.put("linked", rs.getLong(1));
                counts.put("answered", rs.getLong(2));
            });
        return counts;
    }

    public record LinkedConversation(long conversationId, long customerId, Instant linkedAt, Instant answeredAt,
                                     String outcome) {
    }

    private static IncidentInput withSpikeProduct(IncidentInput input, Spike spike) {
        boolean noProducts = input.skus() == null || input.skus().stream().allMatch(s -> s == null || s.isBlank());
        if (spike == null || !noProducts || !"product".equals(spike.kind())) {
            return input;
        }
        return new IncidentInput(input.title(), List.of(spike.value()), input.words(), input.noticeNl(),
            input.noticeEn(), input.spikeId());
    }

    private List<Incident> withScope(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return incidents;
        }
        List<Long> ids = incidents.stream().map(Incident::id).toList();
        Map<Long, Set<String>> skus = scope("SELECT incident_id, sku FROM proactive_incident_sku "
            + "WHERE incident_id IN (:ids) ORDER BY sku", ids);
        Map<Long, Set<String>> words = scope("SELECT incident_id, word FROM proactive_incident_word "
            + "WHERE incident_id IN (:ids) ORDER BY word", ids);
        List<Incident> complete = new ArrayList<>();
        for (Incident i : incidents) {
            complete.add(new Incident(i.id(), i.title(), i.noticeNl(), i.noticeEn(), i.status(),
                skus.getOrDefault(i.id(), Set.of()), words.getOrDefault(i.id(), Set.of()), i.spikeId(),
                i.firstComplaintAt(), i.alertedAt(), i.declaredAt(), i.declaredBy(), i.serviceNoticeId(),
                i.warnStartedAt(), i.warnFinishedAt(), i.resolutionNl(), i.resolutionEn(), i.fixLink(), i.resolvedAt(),
                i.resolvedBy(), i.answeredAt()));
        }
        return complete;
    }

    private Map<Long, Set<String>> scope(String sql, List<Long> ids) {
        Map<Long, Set<String>> values = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((rs, row) -> values.computeIfAbsent(rs.getLong(1),
            id -> new LinkedHashSet<>()).add(rs.getString(2))).list();
        return values;
    }

    private static Incident map(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getString("title"), rs.getString("notice_nl"), rs.getString("notice_en"),
            Incident.Status.valueOf(rs.getString("status")), Set.of(), Set.of(), rs.getObject("spike_id", Long.class),
            instant(rs, "first_complaint_at"), instant(rs, "alerted_at"), instant(rs, "declared_at"),
            rs.getString("declared_by_name"), rs.getObject("service_notice_id", Long.class),
            instant(rs, "warn_started_at"), instant(rs, "warn_finished_at"), rs.getString("resolution_nl"),
            rs.getString("resolution_en"), rs.getString("fix_link"), instant(rs, "resolved_at"),
            rs.getString("resolved_by_name"), instant(rs, "answered_at"));
    }
}
