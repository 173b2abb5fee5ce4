package org.loyaldesk.proactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.loyaldesk.proactive.SpikeDetector.Departure;
import org.loyaldesk.proactive.SpikeDetector.DetectionSettings;

/** What a lead would notice of a spike detector: it speaks up early on a real spike and keeps quiet otherwise. */
class SpikeDetectorTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** Ordinary contacts an hour by local hour of the day: quiet at night, busy mid-morning and in the evening. */
    private static final double[] HOURLY = {0.5, 0.3, 0.2, 0.2, 0.2, 0.4, 1, 3, 6, 10, 13, 12, 9, 9, 9, 8, 7, 7, 9,
        13, 15, 12, 6, 2};
    /** Monday first: busy after the weekend, quiet on Sunday. */
    private static final double[] WEEKDAY = {1.5, 1.2, 1, 1, 0.9, 0.6, 0.5};

    private final SpikeDetector detector = new SpikeDetector(DetectionSettings.defaults());

    @Test
    void aDefectSpikeOfTenComplaintsInTenMinutesIsFoundWithinTenComplaintsAndFiveMinutes() {
        Random random = new Random(1);
        List<Departure> ordinary = new ArrayList<>();
        Instant onset = at(28, 10, 0);
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        shop(random, 28, 29, onset, contact -> ordinary.addAll(detector.add(contact.at(), contact.keys())));

        Instant foundAt = null;
        int complaints = 0;
        for (int i = 0; i < 10 && foundAt == null; i++) {
            Instant at = onset.plusSeconds(60L * i + random.nextInt(30));
            complaints++;
            List<Departure> departures = detector.add(at, Set.of("product:SKU-1007", "reason:defect", "word:oplader",
                "word:heet", "word:laden"));
            if (!departures.isEmpty()) {
                foundAt = at;
                assertThat(departures).extracting(Departure::key).containsAnyOf("product:SKU-1007", "word:heet");
            }
        }

        assertThat(ordinary).isEmpty();
        assertThat(foundAt).isNotNull();
        assertThat(complaints).isLessThanOrEqualTo(10);
        assertThat(Duration.between(onset, foundAt)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSteadyBusyReasonNeverAlarms() {
        Random random = new Random(2);
        Instant at = at(0, 0, 0);
        Instant learnedUntil = at(28, 0, 0);
        Instant end = at(56, 0, 0);
        List<Departure> departures = new ArrayList<>();
        while (at.isBefore(end)) {
            // five an hour, day and night, as a Poisson stream
            at = at.plusSeconds(1 + (long) (-Math.log(1 - random.nextDouble()) * 720));
            if (at.isBefore(learnedUntil)) {
                detector.learn(at, Set.of("reason:delivery"));
            } else {
                departures.addAll(detector.add(at, Set.of("reason:delivery")));
            }
        }

        assertThat(departures).isEmpty();
    }

    @Test
    void theEveningAndMondayPeaksOfOrdinaryTrafficDoNotAlarm() {
        Random random = new Random(3);
        List<Departure> departures = new ArrayList<>();
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        shop(random, 28, 56, null, contact -> departures.addAll(detector.add(contact.at(), contact.keys())));

        assertThat(departures).isEmpty();
        // the peaks are there to be ignored: the evening hour expects many times the night's
        Instant monday = at(56, 0, 0);
        double evening = detector.expected("all", monday.plus(Duration.ofHours(21)), Duration.ofHours(1));
        double night = detector.expected("all", monday.plus(Duration.ofHours(4)), Duration.ofHours(1));
        assertThat(evening / night).isGreaterThan(10);
    }

    @Test
    void aBrandNewKeyIsNotAlarmingAfterTwoContactsButIsAfterAHandfulInMinutes() {
        Random random = new Random(4);
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        Instant at = at(28, 11, 0);

        List<Departure> afterTwo = new ArrayList<>();
        afterTwo.addAll(detector.add(at, Set.of("word:kortsluiting")));
        afterTwo.addAll(detector.add(at.plusSeconds(40), Set.of("word:kortsluiting")));
        List<Departure> afterFour = new ArrayList<>();
        afterFour.addAll(detector.add(at.plusSeconds(90), Set.of("word:kortsluiting")));
        afterFour.addAll(detector.add(at.plusSeconds(150), Set.of("word:kortsluiting")));

        assertThat(afterTwo).isEmpty();
        assertThat(afterFour).extracting(Departure::key).containsExactly("word:kortsluiting");
        Departure departure = afterFour.getFirst();
        assertThat(departure.count()).isEqualTo(4);
        assertThat(departure.since()).isEqualTo(at);
        assertThat(departure.window()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aKeyThatAlarmedStaysQuietAndHotThroughItsCooldownAndAlarmsAgainOnANewSpikeAfter() {
        Random random = new Random(5);
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        Instant onset = at(28, 9, 0);

        List<Departure> spike = spike(onset, 60, Duration.ofMinutes(1), "word:pieptoon");
        Instant afterCooldown = onset.plus(Duration.ofHours(8));
        boolean hotAfterCooldown = detector.hot("word:pieptoon", afterCooldown);
        List<Departure> nextSpike = spike(afterCooldown, 6, Duration.ofMinutes(1), "word:pieptoon");

        assertThat(spike).hasSize(1);
        assertThat(detector.hot("word:pieptoon", onset.plus(Duration.ofHours(2)))).isTrue();
        assertThat(detector.hotKeys(onset.plus(Duration.ofHours(2)))).containsExactly("word:pieptoon");
        assertThat(hotAfterCooldown).isFalse();
        assertThat(nextSpike).hasSize(1);
    }

    @Test
    void learningASpikeNeitherAlarmsNorMakesItsKeyHot() {
        Random random = new Random(6);
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        Instant onset = at(28, 9, 0);
        for (int i = 0; i < 20; i++) {
            detector.learn(onset.plusSeconds(30L * i), Set.of("product:SKU-1042"));
        }

        assertThat(detector.hot("product:SKU-1042", onset.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(detector.hotKeys(onset.plus(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void theWordsASpikeBringsAlongDoNotAlarmOnceItsProductIsHot() {
        Random random = new Random(7);
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        Instant onset = at(28, 9, 0);

        List<Departure> departures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // the customers of a faulty batch also write the shop's everyday words, far more of them than usual
            departures.addAll(detector.add(onset.plusSeconds(90L * i),
                Set.of("product:SKU-1099", "reason:" + reason(random), "word:w0", "word:v1")));
        }

        assertThat(departures).extracting(Departure::key).containsExactly("product:SKU-1099");
    }

    @Test
    void aYoungInstallScalesItsBaselineToTheDaysItHasSeen() {
        Random random = new Random(8);
        List<Departure> departures = new ArrayList<>();
        shop(random, 0, 3, null, contact -> departures.addAll(detector.add(contact.at(), contact.keys())));

        assertThat(departures).isEmpty();
        Instant evening = at(3, 20, 0);
        // this shop has some 5 delivery questions at eight on a Thursday evening: three days tell nearly as much
        assertThat(detector.expected("reason:delivery", evening, Duration.ofHours(1))).isBetween(3.0, 8.0);
    }

    @Test
    void keysUnseenForTheWholeHistoryAreLetGo() {
        detector.learn(at(0, 12, 0), Set.of("word:eenmalig"));
        detector.learn(at(10, 12, 0), Set.of("word:later"));
        int keptAtFirst = detector.keysKept();
        detector.learn(at(30, 12, 0), Set.of("word:nu"));

        assertThat(keptAtFirst).isEqualTo(2);
        assertThat(detector.keysKept()).isEqualTo(2);
    }

    @Test
    void theDefiningWordsOfASpikeAreItsUnusualOnesNotTheShopsEverydayWords() {
        Random random = new Random(9);
        shop(random, 0, 28, null, contact -> detector.learn(contact.at(), contact.keys()));
        List<Set<String>> spike = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            spike.add(Set.of("product:SKU-1007", "word:w0", "word:oplader", "word:heet",
                i % 2 == 0 ? "word:pakket" : "word:laden", "word:toevallig" + i));
        }

        List<String> words = detector.definingWords(spike, 3);

        assertThat(words).containsExactly("heet", "oplader", "laden");
    }

    @Test
    void thePoissonTailIsExactForSmallCounts() {
        assertThat(SpikeDetector.poissonTail(0, 2.0)).isEqualTo(1.0);
        assertThat(SpikeDetector.poissonTail(1, 0.5)).isCloseTo(1 - Math.exp(-0.5), within(1e-12));
        assertThat(SpikeDetector.poissonTail(3, 1.0)).isCloseTo(1 - Math.exp(-1) * 2.5, within(1e-12));
        assertThat(SpikeDetector.poissonTail(10, 0.01)).isCloseTo(2.7e-27, within(0.1e-27));
    }

    private List<Departure> spike(Instant onset, int contacts, Duration apart, String key) {
        List<Departure> departures = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            departures.addAll(detector.add(onset.plus(apart.multipliedBy(i)), Set.of(key)));
        }
        return departures;
    }

    private record Contact(Instant at, Set<String> keys) {
    }

    /**
     * Ordinary traffic of a shop from one day to another (days counted from {@link #START}), some 170 contacts on an
     * average day, each with the key "all", a reason, one of 100 products (a few much more often) and a few of 300
     * words (likewise), stopping at {@code until} if given.
     */
    private static void shop(Random random, int fromDay, int toDay, Instant until,
                             Consumer<Contact> sink) {
        for (int day = fromDay; day < toDay; day++) {
            ZonedDateTime midnight = START.plusDays(day).atStartOfDay(ZONE);
            double weekday = WEEKDAY[midnight.getDayOfWeek().getValue() - 1];
            for (int hour = 0; hour < 24; hour++) {
                int count = poisson(random, HOURLY[hour] * weekday);
                List<Instant> times = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    times.add(midnight.plusHours(hour).toInstant().plusSeconds(random.nextInt(3600)));
                }
                times.sort(null);
                for (Instant at : times) {
                    if (until != null && !at.isBefore(until)) {
                        return;
                    }
                    sink.accept(new Contact(at, Set.of("all", "reason:" + reason(random),
                        "product:SKU-" + (1000 + skewed(random, 100)), "word:w" + skewed(random, 300),
                        "word:v" + skewed(random, 300))));
                }
            }
        }
    }

    private static String reason(Random random) {
        double u = random.nextDouble();
        return u < 0.35 ? "delivery" : u < 0.55 ? "return" : u < 0.7 ? "invoice" : u < 0.82 ? "defect" : "account";
    }

    /** 0 to n-1, low numbers much more often (roughly as 1/k). */
    private static int skewed(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)) - 1));
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static Instant at(int day, int hour, int minute) {
        return START.plusDays(day).atTime(hour, minute).atZone(ZONE).toInstant();
    }
}
