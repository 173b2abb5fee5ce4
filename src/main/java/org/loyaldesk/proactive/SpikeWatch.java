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

    private final ComplaintLog log;
    private final Clock clock;
    private SpikeDetector detector;

    SpikeWatch(ComplaintLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Warms up at start, before the first complaint arrives, so that none is counted twice. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void warmUp() {
        warm(null);
    }

    /** Counts a contact the log has just recorded; returns the groups it made improbable. */
    synchronized List<SpikeDetector.Departure> add(long conversationId, Instant at, Set<String> keys) {
        return warm(conversationId).add(at, keys);
    }

    synchronized List<String> definingWords(Collection<Set<String>> keysOfContacts, int count) {
        return warm(null).definingWords(keysOfContacts, count);
    }

    private SpikeDetector warm(Long justRecorded) {
        if (detector == null) {
            SpikeDetector fresh = new SpikeDetector(SpikeDetector.DetectionSettings.defaults());
            log.since(clock.instant().minus(HISTORY), justRecorded, fresh::learn);
            detector = fresh;
        }
        return detector;
    }
}
