package org.loyaldesk.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The detector of this node, warmed up from the complaint log the first time it is asked, so a restart keeps
 * every group's baseline: four weeks of contacts are read once, in their own order.
 */
@Component
class SpikeWatch {

    static final Duration HISTORY = Duration.ofDays(28);
    /** Imported history is taken in by warming up again, at most this often: a long import costs few rebuilds. */
    static final Duration REWARM_AT_MOST_EVERY = Duration.ofMinutes(10);

    private final ComplaintLog log;
    private final Clock clock;
    private SpikeDetector detector;
    private boolean historyArrived;
    private Instant warmedAt = Instant.MIN;

    SpikeWatch(ComplaintLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Warms up at start, before the first complaint arrives, so that none is counted twice. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void warmUp() {
        warm(null, clock.instant());
    }

    /**
     * Past conversations were imported into the log: the detector counts contacts in their own order, so it learns
     * them by warming up again from the log before the next live contact.
     */
    synchronized void historyArrived() {
        historyArrived = true;
    }

    /** Counts a contact the log has just recorded; returns the groups it made improbable. */
    synchronized List<SpikeDetector.Departure> add(long conversationId, Instant at, Set<String> keys) {
        return warm(conversationId, at).add(at, keys);
    }

    synchronized List<String> definingWords(Collection<Set<String>> keysOfContacts, int count) {
        return warm(null, clock.instant()).definingWords(keysOfContacts, count);
    }

    /**
     * The baseline is the four weeks before {@code until}: now for a live contact, the contact's own time for one
     * delivered late (a backlog through the inbound API), whose weeks before would otherwise be cut off.
     */
    private SpikeDetector warm(Long justRecorded, Instant until) {
        Instant now = clock.instant();
        boolean rewarm = historyArrived && warmedAt.isBefore(now.minus(REWARM_AT_MOST_EVERY));
        if (detector == null || rewarm) {
            if (rewarm) {
                historyArrived = false;
                warmedAt = now;
            }
            SpikeDetector fresh = new SpikeDetector(SpikeDetector.DetectionSettings.defaults());
            log.since((until.isBefore(now) ? until : now).minus(HISTORY), justRecorded, fresh::learn);
            detector = fresh;
        }
        return detector;
    }
}
