package org.loyaldesk.proactive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import static org.loyaldesk.proactive.ComplaintLog.utc;

/**
 * Spikes as the lead sees them: raised once per burst, growing while complaints keep coming, confirmed as an
 * incident or dismissed. Statements commit one by one (no surrounding transaction): a spike must be on screen
 * the moment it is raised, and the complaint log it rests on is already committed.
 */
@Service
public class Spikes {

    /** A group that alarms again within this time after its spike's last complaint grows that spike instead. */
    static final Duration SAME_BURST = Duration.ofHours(6);
    private static final int WORDS = 6;
    private static final String COLUMNS = "id, group_key, first_at, raised_at, noticed_at, last_at, contacts, expected, "
        + "words, status, incident_id";

    private final JdbcClient jdbc;
    private final ComplaintLog log;
    private final SpikeWatch watch;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Spikes(JdbcClient jdbc, ComplaintLog log, SpikeWatch watch, ApplicationEventPublisher events, AuditLog audit,
           Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.watch = watch;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open spikes first, then the latest others. */
    public List<Spike> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proactive_spike ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, "
                + "last_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
            .param(limit).query(Spikes::map).list();
    }

    public List<Spike> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proactive_spike WHERE status = 'OPEN' ORDER BY last_at DESC, id DESC")
            .query(Spikes::map).list();
    }

    public Spike get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Spike", id));
    }

    public Optional<Spike> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proactive_spike WHERE id = ?").param(id).query(Spikes::map)
            .optional();
    }

    /** The conversations behind a spike, the latest first. */
    public List<Long> conversations(long spikeId, int limit) {
        return jdbc.sql("SELECT conversation_id FROM proactive_spike_contact WHERE spike_id = ? "
                + "ORDER BY conversation_id DESC FETCH FIRST ? ROWS ONLY")
            .params(spikeId, limit).query(Long.class).list();
    }

    /** Not an incident: the spike leaves the open list. Dismissing a confirmed spike is refused. */
    public Spike dismiss(long id) {
        Spike spike = get(id);
        if (spike.status() == Spike.Status.CONFIRMED) {
            throw new ConflictException("Spike " + id + " is confirmed as incident " + spike.incidentId());
        }
        if (spike.status() == Spike.Status.OPEN) {
            jdbc.sql("UPDATE proactive_spike SET status = 'DISMISSED' WHERE id = ? AND status = 'OPEN'").param(id)
                .update();
            audit.record("proactive.spike-dismissed", "spike", id, spike.groupKey());
        }
        return get(id);
    }

    /** Marks the spike as the incident's, refusing one that is already confirmed or was dismissed. */
    void confirm(long id, long incidentId) {
        int changed = jdbc.sql("UPDATE proactive_spike SET status = 'CONFIRMED', incident_id = ? "
                + "WHERE id = ? AND status = 'OPEN'").params(incidentId, id).update();
        if (changed == 0) {
            throw new ConflictException("Spike " + id + " is not open: it was confirmed or dismissed before");
        }
    }

    /** A new complaint in a group that has a spike running: it joins that spike. */
    void follow(long conversationId, Instant at, Set<String> keys) {
        for (Spike spike : running(at)) {
            if (keys.contains(spike.groupKey()) && !at.isBefore(spike.firstAt())) {
                join(spike.id(), List.of(conversationId), at);
            }
        }
    }

    /**
     * A group departed from its baseline: a new spike, unless a running one already holds this burst (the same
     * group, or another group over mostly the same complaints: the product and its defect's words).
     */
    Optional<Spike> raise(SpikeDetector.Departure departure, Instant at) {
        List<Long> behind = log.inGroup(departure.key(), departure.since(), at);
        for (Spike spike : running(at)) {
            if (spike.groupKey().equals(departure.key()) || mostlyHolds(spike.id(), behind)) {
                join(spike.id(), behind, at);
                return Optional.empty();
            }
        }
        List<String> words = watch.definingWords(log.keysOf(behind).values(), WORDS);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO proactive_spike (group_key, first_at, raised_at, noticed_at, last_at, contacts, expected, "
                + "words, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")
            .params(departure.key(), utc(departure.since()), utc(at), utc(clock.instant()), utc(at), 0,
                departure.expected(), String.join(" ", words))
            .update(key, "id");
        long id = key.getKey().longValue();
        join(id, behind, at);
        Spike spike = get(id);
        events.publishEvent(new SpikeRaised(id, spike.groupKey(), spike.contacts()));
        return Optional.of(spike);
    }

    private List<Spike> running(Instant at) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proactive_spike WHERE status <> 'DISMISSED' AND last_at >= ?")
            .param(utc(at.minus(SAME_BURST))).query(Spikes::map).list();
    }

    private boolean mostlyHolds(long spikeId, List<Long> conversations) {
        if (conversations.isEmpty()) {
            return false;
        }
        Set<Long> held = new HashSet<>(jdbc.sql("SELECT conversation_id FROM proactive_spike_contact WHERE spike_id = :id "
                + "AND conversation_id IN (:ids)").param("id", spikeId).param("ids", conversations)
            .query(Long.class).list());
        return held.size() * 2 >= conversations.size();
    }

    private void join(long spikeId, List<Long> conversations, Instant at) {
        int added = 0;
        for (long conversationId : conversations) {
            try {
                jdbc.sql("INSERT INTO proactive_spike_contact (spike_id, conversation_id) VALUES (?, ?)")
                    .params(spikeId, conversationId).update();
                added++;
            } catch (DuplicateKeyException already) {
                // counted in this spike before
            }
        }
        jdbc.sql("UPDATE proactive_spike SET contacts = contacts + ?, "
                + "last_at = CASE WHEN last_at < ? THEN ? ELSE last_at END WHERE id = ?")
            .params(added, utc(at), utc(at), spikeId).update();
    }

    private static Spike map(ResultSet rs, int row) throws SQLException {
        String words = rs.getString("words");
        Long incident = rs.getObject("incident_id", Long.class);
        return new Spike(rs.getLong("id"), rs.getString("group_key"), instant(rs, "first_at"), instant(rs, "raised_at"),
            instant(rs, "noticed_at"), instant(rs, "last_at"), rs.getInt("contacts"), rs.getDouble("expected"),
            words == null || words.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(words.split(" "))),
            Spike.Status.valueOf(rs.getString("status")), incident);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
