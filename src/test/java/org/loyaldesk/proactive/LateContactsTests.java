package org.loyaldesk.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A backlog delivered weeks late is tested against the weeks before it, not against the weeks before now. */
@LoyaldeskTest
class LateContactsTests {

    @Autowired
    ComplaintLog log;

    @Autowired
    Clock clock;

    @Test
    void aLateBurstIsTestedAgainstTheHistoryBeforeItsOwnTime() {
        long ids = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String ordinary = "word:gewoon" + ids;
        String burst = "word:zeldzaam" + ids;
        Instant late = clock.instant().minus(Duration.ofDays(40));
        // three weeks of ordinary contacts before the backlog, ten a day, none about the burst's word
        for (int i = 0; i < 21 * 10; i++) {
            log.record(ids++, 1, late.minus(Duration.ofHours(21 * 24)).plus(Duration.ofMinutes(144L * i)),
                Set.of(ordinary));
        }
        SpikeWatch watch = new SpikeWatch(log, clock);
        watch.historyArrived();

        List<SpikeDetector.Departure> departures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant at = late.plus(Duration.ofMinutes(i));
            log.record(ids, 1, at, Set.of(burst));
            departures.addAll(watch.add(ids++, at, Set.of(burst)));
        }

        // warmed from the four weeks before now, the detector would have seen none of that history and still be
        // in its first day, when it raises nothing
        assertThat(departures).extracting(SpikeDetector.Departure::key).contains(burst);
    }
}
