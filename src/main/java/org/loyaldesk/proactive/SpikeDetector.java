package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Notices when one group of contacts (a product, a contact reason, a word) suddenly comes up far more often than
 * usual: the first complaints about a faulty batch, a broken app update, a courier who stopped delivering.
 *
 * <p>Each key's baseline is its count over the last {@code history} (28 days), leaving out the longest window under
 * test, spread over time by a profile of all traffic per hour of the week (quiet nights, busy evenings, calmer
 * weekends), with a prior of one contact so that a key never seen still expects a little. The count in each recent
 * window is tested against it as a Poisson count, when a contact with the key comes in; a key alarms when the
 * chance is below {@link DetectionSettings#alpha()} and it counts at least a minimum number of contacts.
 *
 * <p>One spike should make one alarm per key, not a stream of them. After an alarm the key stays quiet through its
 * cooldown, and what came in up to the cooldown's end is not counted again. And a spike on a product brings every
 * word its customers write along: contacts that came in with a hot key that is rarer than the one tested are left
 * to that spike.
 *
 * <p>Time is the contacts' own time, never the clock: replaying a past month behaves as it did live. Contacts are
 * expected in time order; one that arrives late is counted at the latest time already seen. Memory is bounded: a
 * key keeps a count per day over the history and the times of its contacts within the longest window, and a key
 * unseen for the whole history is let go.
 */
public final class SpikeDetector {

    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;

    /**
     * How the detector tells a spike from ordinary traffic.
     *
     * <p><b>False-alarm budget.</b> The detector aims at no more than {@code falseAlarmsPerWeek} alarms a week on
     * ordinary traffic, across all keys together (default: 1). Each contact tests each of its keys once per window,
     * so a shop of 300 contacts a day with some 15 keys each over 3 windows makes about 2,100 x 15 x 3 = 95,000
     * tests a week ({@code testsPerWeek}, default 100,000). Spreading the budget evenly over them (Bonferroni) gives
     * the significance level {@link #alpha()} = budget / tests = 1e-5. That errs on the safe side: the tests of one
     * key overlap in time and its windows nest, so far fewer of them are independent. A shop much larger or smaller
     * scales {@code testsPerWeek} with its contacts a week.
     *
     * @param windows            the recent spans whose counts are tested
     * @param minimumCount       a key alarms only from this many contacts in a window, whatever the odds: a
     *                           brand-new word or product seen twice is a coincidence, not a defect
     * @param minimumRatio       and only when it counts this many times what was expected: ordinary traffic varies
     *                           more from day to day than a Poisson count does, which matters for busy keys
     * @param falseAlarmsPerWeek the budget above
     * @param testsPerWeek       the tests a week the budget is spread over
     * @param cooldown           after an alarm, how long the same key stays quiet (and counts as hot)
     * @param history            how far back a key's baseline reaches, and how long an unseen key is kept
     * @param warmUp             how much traffic an install must have seen before it alarms at all: on its first
     *                           morning every busy key would look like a spike against the prior alone
     * @param priorContacts      the contacts a key is assumed to have had over the history besides those seen:
     *                           keeps a new key's expected count above zero, and is too few to bias a busy one
     * @param zone               where the shop's days and hours are: its quiet nights and busy evenings are local
     */
    public record DetectionSettings(List<Duration> windows, int minimumCount, double minimumRatio,
                                    double falseAlarmsPerWeek, double testsPerWeek, Duration cooldown,
                                    Duration history, Duration warmUp, double priorContacts, ZoneId zone) {

        public DetectionSettings {
            windows = List.copyOf(windows);
            if (windows.isEmpty() || minimumCount < 1 || falseAlarmsPerWeek <= 0 || testsPerWeek <= 0
                || priorContacts < 0 || history.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("Detection settings out of range");
            }
        }

        public static DetectionSettings defaults() {
            return new DetectionSettings(List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6)),
                4, 2.0, 1, 100_000, Duration.ofHours(6), Duration.ofDays(28), Duration.ofDays(1), 1,
                ZoneId.of("Europe/Amsterdam"));
        }

        /** The p-value below which a count departs from its baseline: the budget spread over a week's tests. */
        public double alpha() {
            return falseAlarmsPerWeek / testsPerWeek;
        }

        public DetectionSettings withMinimumCount(int count) {
            return new DetectionSettings(windows, count, minimumRatio, falseAlarmsPerWeek, testsPerWeek, cooldown,
                history, warmUp, priorContacts, zone);
        }

        public DetectionSettings withFalseAlarmsPerWeek(double budget) {
            return new DetectionSettings(windows, minimumCount, minimumRatio, budget, testsPerWeek, cooldown, history,
                warmUp, priorContacts, zone);
        }

        Duration longestWindow() {
            return windows.stream().max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /**
     * A key whose recent count departs from its baseline.
     *
     * @param count    the contacts with the key in the window, the one just added included
     * @param expected what the baseline expected in that window at that time of the week
     * @param window   the window that departed most (the smallest p-value)
     * @param pValue   the chance, if nothing were going on, of as many other contacts in the window besides the one
     *                 that set off the test
     * @param since    the time of the first contact counted in the window
     */
    public record Departure(String key, int count, double expected, Duration window, double pValue, Instant since) {
    }

    private final DetectionSettings settings;
    private final int historyDays;
    private final long longestWindow;
    /** A young install's history counts as no shorter than its warm-up: the rates of its first day stay sane. */
    private final double minimumExposure;
    private final ZoneRules zone;
    private final Map<String, KeyHistory> keys = new HashMap<>();
    private final ArrayDeque<RecentContact> recentContacts = new ArrayDeque<>();
    private final DayCounts contacts;
    private final WeekProfile profile;
    private long first = Long.MIN_VALUE;
    private long latest = Long.MIN_VALUE;
    private long today = Long.MIN_VALUE;

    public SpikeDetector(DetectionSettings settings) {
        this.settings = settings;
        this.historyDays = (int) settings.history().toDays();
        this.longestWindow = settings.longestWindow().toSeconds();
        this.minimumExposure = Math.max(1, settings.warmUp().toSeconds()) / (double) WEEK;
        this.zone = settings.zone().getRules();
        this.contacts = new DayCounts(historyDays);
        this.profile = new WeekProfile(historyDays);
    }

    /** Adds a contact to the history without testing it: to warm up from what was stored before a start. */
    public synchronized void learn(Instant at, Set<String> keys) {
        record(at, keys);
    }

    /**
     * Adds a contact with its group keys at its own time and returns the keys whose recent count departs from
     * their baseline, at most one departure per key (its most unlikely window), none for a key in its cooldown.
     */
    public synchronized List<Departure> add(Instant at, Set<String> keys) {
        long now = record(at, keys);
        if (now - first < settings.warmUp().toSeconds()) {
            return List.of();
        }
        long baselineFrom = Math.max(first, startOfLocalDay(today - historyDays));
        double exposure = profile.weeksBetween(baselineFrom, now - longestWindow);
        double[] windowWeeks = new double[settings.windows().size()];
        for (int i = 0; i < windowWeeks.length; i++) {
            windowWeeks[i] = profile.weeksBetween(now - settings.windows().get(i).toSeconds(), now);
        }
        RecentContact newest = recentContacts.peekLast();
        List<Departure> departures = new ArrayList<>();
        List<KeyHistory> alarmed = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            KeyHistory history = this.keys.get(key);
            if (history.coolingUntil > now) {
                continue;
            }
            int baseline = Math.max(0, history.days.sumFrom(today - historyDays) - history.recent.size());
            double perWeek = perWeek(baseline, exposure);
            if (newest.explains(key, perWeek)) {
                continue;
            }
            Departure worst = null;
            for (int i = 0; i < windowWeeks.length; i++) {
                Duration window = settings.windows().get(i);
                // what came in up to the end of the key's last cooldown belonged to that alarm: a long spike alarms
                // again only on what comes after, and its tail never does
                long from = Math.max(now - window.toSeconds(), history.coolingUntil);
                long[] counted = unexplained(key, perWeek, from);
                int count = (int) counted[0];
                double weeks = from == now - window.toSeconds() ? windowWeeks[i] : profile.weeksBetween(from, now);
                double expected = perWeek * weeks;
                if (count < settings.minimumCount() || count < settings.minimumRatio() * expected) {
                    continue;
                }
                // the test runs because a contact with this key just came in: only the others in the window are
                // chance, so they are what is tested; counting the newcomer too would alarm far beyond the budget
                double p = poissonTail(count - 1, expected);
                if (p < settings.alpha() && (worst == null || p < worst.pValue())) {
                    worst = new Departure(key, count, expected, window, p, Instant.ofEpochSecond(counted[1]));
                }
            }
            if (worst != null) {
                history.rateAtAlarm = perWeek;
                alarmed.add(history);
                departures.add(worst);
            }
        }
        for (KeyHistory history : alarmed) {
            history.coolingUntil = now + settings.cooldown().toSeconds();
        }
        return departures;
    }

    /**
     * The recent contacts with the key after a time that no spike already accounts for: their count and the time of
     * the first. A spike on a product brings every word its customers write along; the contacts that came in with a
     * hot key rarer than this one are that spike, not a second one (rarer only: a hot reason must not hide the next
     * product's spike).
     */
    private long[] unexplained(String key, double perWeek, long from) {
        long count = 0;
        long first = Long.MAX_VALUE;
        for (Iterator<RecentContact> contacts = recentContacts.descendingIterator(); contacts.hasNext(); ) {
            RecentContact contact = contacts.next();
            if (contact.at() <= from) {
                break;
            }
            if (contact.keys().contains(key) && !contact.explains(key, perWeek)) {
                count++;
                first = contact.at();
            }
        }
        return new long[] {count, first};
    }

    /** A key's rate per week of traffic: its count over the history, with the prior, over the weeks' worth seen. */
    private double perWeek(int baseline, double exposure) {
        return (baseline + settings.priorContacts()) / Math.max(exposure, minimumExposure);
    }

    /** What the baseline expects of a key in the window ending at a time (the longest window left out of it). */
    synchronized double expected(String key, Instant at, Duration window) {
        long now = at.getEpochSecond();
        KeyHistory history = keys.get(key);
        int baseline = history == null ? 0
            : Math.max(0, history.days.sumFrom(today - historyDays) - history.countAfter(now - longestWindow));
        long baselineFrom = Math.max(first, startOfLocalDay(today - historyDays));
        double exposure = profile.weeksBetween(baselineFrom, now - longestWindow);
        return perWeek(baseline, exposure) * profile.weeksBetween(now - window.toSeconds(), now);
    }

    /** Whether the key alarmed within its cooldown before this time: the spike may well be going on. */
    public synchronized boolean hot(String key, Instant at) {
        KeyHistory history = keys.get(key);
        return history != null && history.coolingUntil > at.getEpochSecond();
    }

    /** The keys that are {@link #hot} at this time. */
    public synchronized Set<String> hotKeys(Instant at) {
        Set<String> hot = new TreeSet<>();
        keys.forEach((key, history) -> {
            if (history.coolingUntil > at.getEpochSecond()) {
                hot.add(key);
            }
        });
        return hot;
    }

    /** How many keys are remembered: keys unseen for the whole history are let go. */
    public synchronized int keysKept() {
        return keys.size();
    }

    /**
     * The words that set a group of contacts apart from the usual traffic, most telling first, as plain words (the
     * {@code word:} keys without their prefix). Scored by Dunning's log-likelihood ratio of a word's share among
     * these contacts against its share over the history; only words found in at least two of them and more often
     * than usual count, so one customer's turn of phrase is not shown as the spike's subject.
     */
    public synchronized List<String> definingWords(Collection<Set<String>> keysOfSpikeContacts, int n) {
        Map<String, Integer> inSpike = new HashMap<>();
        for (Set<String> contact : keysOfSpikeContacts) {
            for (String key : contact) {
                if (key.startsWith(ComplaintKeys.WORD)) {
                    inSpike.merge(key, 1, Integer::sum);
                }
            }
        }
        double spikeContacts = keysOfSpikeContacts.size();
        double usualContacts = Math.max(1, contacts.sumFrom(today - historyDays));
        record Scored(String word, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        inSpike.forEach((key, a) -> {
            KeyHistory history = keys.get(key);
            double usual = history == null ? 0 : history.days.sumFrom(today - historyDays);
            if (a >= 2 && a / spikeContacts > usual / usualContacts) {
                scored.add(new Scored(key.substring(ComplaintKeys.WORD.length()),
                    logLikelihood(a, spikeContacts, usual, usualContacts)));
            }
        });
        return scored.stream()
            .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::word))
            .limit(n)
            .map(Scored::word)
            .toList();
    }

    /** P(X >= n) for X Poisson with mean mu, summed from n upwards so that tiny tails keep their precision. */
    static double poissonTail(int n, double mu) {
        if (n <= 0) {
            return 1;
        }
        if (mu <= 0) {
            return 0;
        }
        if (n <= mu) {
            // at or below the mean the tail is large and no alarm is near: no need for its exact value
            return 1;
        }
        double logTerm = -mu + n * Math.log(mu) - logFactorial(n);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int k = n; term > 1e-300 && term > sum * 1e-15; k++) {
            sum += term;
            term *= mu / (k + 1);
        }
        return Math.min(1, sum);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int k = 2; k <= n; k++) {
            sum += Math.log(k);
        }
        return sum;
    }

    /** Dunning's G2 for a word seen in a of b contacts here and c of d contacts usually. */
    private static double logLikelihood(double a, double b, double c, double d) {
        double e1 = b * (a + c) / (b + d);
        double e2 = d * (a + c) / (b + d);
        return 2 * (xLogXOverY(a, e1) + xLogXOverY(c, e2));
    }

    private static double xLogXOverY(double x, double y) {
        return x == 0 ? 0 : x * Math.log(x / y);
    }

    private long record(Instant at, Set<String> keys) {
        long now = Math.max(at.getEpochSecond(), latest);
        if (first == Long.MIN_VALUE) {
            first = now;
        }
        latest = now;
        long day = localDay(now);
        if (day != today) {
            today = day;
            forgetUnseen();
        }
        contacts.add(day);
        profile.add(localSeconds(now));
        for (String key : keys) {
            KeyHistory history = this.keys.computeIfAbsent(key, k -> new KeyHistory(historyDays));
            history.add(day, now, longestWindow);
        }
        while (!recentContacts.isEmpty() && recentContacts.peekFirst().at() <= now - longestWindow) {
            recentContacts.pollFirst();
        }
        Map<String, Double> hotAtArrival = new HashMap<>();
        for (String key : keys) {
            KeyHistory history = this.keys.get(key);
            if (history.coolingUntil > now) {
                hotAtArrival.put(key, history.rateAtAlarm);
            }
        }
        recentContacts.addLast(new RecentContact(now, Set.copyOf(keys), Map.copyOf(hotAtArrival)));
        return now;
    }

    private void forgetUnseen() {
        keys.values().removeIf(history -> history.lastSeenDay < today - historyDays);
    }

    private long localSeconds(long epochSecond) {
        return epochSecond + zone.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    private long localDay(long epochSecond) {
        return Math.floorDiv(localSeconds(epochSecond), DAY);
    }

    private long startOfLocalDay(long localDay) {
        long guess = localDay * DAY;
        return guess - zone.getOffset(Instant.ofEpochSecond(guess)).getTotalSeconds();
    }

    /** Counts per local day over the history, in a ring that forgets the oldest day as a new one starts. */
    private static final class DayCounts {

        private final int[] counts;
        private final long[] days;

        DayCounts(int historyDays) {
            counts = new int[historyDays + 1];
            days = new long[historyDays + 1];
            Arrays.fill(days, Long.MIN_VALUE);
        }

        void add(long day) {
            int slot = (int) Math.floorMod(day, counts.length);
            if (days[slot] != day) {
                days[slot] = day;
                counts[slot] = 0;
            }
            counts[slot]++;
        }

        int sumFrom(long fromDay) {
            int sum = 0;
            for (int slot = 0; slot < counts.length; slot++) {
                if (days[slot] >= fromDay) {
                    sum += counts[slot];
                }
            }
            return sum;
        }
    }

    /** One key's days, the times of its contacts within the longest window, and its cooldown. */
    private static final class KeyHistory {

        final DayCounts days;
        final ArrayDeque<Long> recent = new ArrayDeque<>();
        long lastSeenDay;
        long coolingUntil = Long.MIN_VALUE;
        double rateAtAlarm;

        KeyHistory(int historyDays) {
            days = new DayCounts(historyDays);
        }

        void add(long day, long at, long longestWindow) {
            days.add(day);
            lastSeenDay = day;
            while (!recent.isEmpty() && recent.peekFirst() <= at - longestWindow) {
                recent.pollFirst();
            }
            recent.addLast(at);
        }

        int countAfter(long from) {
            int count = 0;
            for (Iterator<Long> times = recent.descendingIterator(); times.hasNext() && times.next() > from; ) {
                count++;
            }
            return count;
        }

    }

    /** A contact within the longest window, with the keys it had that were hot when it came in, and their rates. */
    private record RecentContact(long at, Set<String> keys, Map<String, Double> hotAtArrival) {

        /** Whether a hot key rarer than this one (of the given rate) accounts for the contact. */
        boolean explains(String key, double perWeek) {
            for (Map.Entry<String, Double> hot : hotAtArrival.entrySet()) {
                if (hot.getValue() < perWeek && !hot.getKey().equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The share of a week's traffic that falls in each of its 168 local hours, from all contacts of the history.
     * A young install has seen few of each hour, so each hour leans on what its weekday and its hour of the day show
     * over all days, and those lean on an even spread until enough contacts have been seen; neighbouring hours are
     * then smoothed so that one odd evening does not make a hole or a bump.
     */
    private final class WeekProfile {

        /** Contacts' weight of the even spread over the hours of a day. */
        private static final double EVEN_HOURS = 200;
        /** Days' weight of the weekday-times-hour shape in an hour of the week. */
        private static final double SHAPE_DAYS = 2;

        private final int[][] hours;
        private final long[] days;
        private double[] share = new double[168];
        private long builtForHour = Long.MIN_VALUE;
        private long cachedFrom = Long.MIN_VALUE;
        private long cachedToHour = Long.MIN_VALUE;
        private double cachedWeeks;

        WeekProfile(int historyDays) {
            hours = new int[historyDays + 1][24];
            days = new long[historyDays + 1];
            Arrays.fill(days, Long.MIN_VALUE);
            Arrays.fill(share, 1.0 / 168);
        }

        void add(long localSecond) {
            long day = Math.floorDiv(localSecond, DAY);
            int slot = (int) Math.floorMod(day, days.length);
            if (days[slot] != day) {
                days[slot] = day;
                Arrays.fill(hours[slot], 0);
            }
            hours[slot][(int) (Math.floorMod(localSecond, DAY) / HOUR)]++;
        }

        /** The weeks' worth of traffic (1 = one full week) between two instants. */
        double weeksBetween(long from, long to) {
            rebuildIfStale();
            if (to <= from) {
                return 0;
            }
            // the baseline's span is long and asked for at each contact: its whole hours are summed once an hour
            long toHour = Math.floorDiv(to, HOUR) * HOUR;
            if (to - from > DAY) {
                if (cachedFrom != from || cachedToHour != toHour) {
                    cachedFrom = from;
                    cachedToHour = toHour;
                    cachedWeeks = sum(from, toHour);
                }
                return cachedWeeks + sum(toHour, to);
            }
            return sum(from, to);
        }

        private double sum(long from, long to) {
            double weeks = 0;
            long start = from;
            while (start < to) {
                long end = Math.min(to, (Math.floorDiv(start, HOUR) + 1) * HOUR);
                weeks += share[hourOfWeek(start)] * (end - start) / HOUR;
                start = end;
            }
            return weeks;
        }

        private int hourOfWeek(long epochSecond) {
            long local = localSeconds(epochSecond);
            // 1970-01-01 was a Thursday: shift so that Monday is day 0
            int weekday = (int) Math.floorMod(Math.floorDiv(local, DAY) + 3, 7);
            return weekday * 24 + (int) (Math.floorMod(local, DAY) / HOUR);
        }

        private void rebuildIfStale() {
            long hour = Math.floorDiv(latest, HOUR);
            if (hour == builtForHour) {
                return;
            }
            builtForHour = hour;
            cachedToHour = Long.MIN_VALUE;
            share = build();
        }

        private double[] build() {
            // only whole days: today's later hours have not happened yet and would look quiet
            double[][] counts = new double[7][24];
            double[] weekdayDays = new double[7];
            for (int slot = 0; slot < days.length; slot++) {
                long day = days[slot];
                if (day == Long.MIN_VALUE || day >= today || day < today - historyDays) {
                    continue;
                }
                int weekday = (int) Math.floorMod(day + 3, 7);
                weekdayDays[weekday]++;
                for (int h = 0; h < 24; h++) {
                    counts[weekday][h] += hours[slot][h];
                }
            }
            double allDays = 0;
            double all = 0;
            double[] hourShape = new double[24];
            for (int d = 0; d < 7; d++) {
                allDays += weekdayDays[d];
                for (int h = 0; h < 24; h++) {
                    all += counts[d][h];
                    hourShape[h] += counts[d][h];
                }
            }
            for (int h = 0; h < 24; h++) {
                hourShape[h] = (hourShape[h] + EVEN_HOURS / 24) / (all + EVEN_HOURS);
            }
            double perDay = allDays == 0 ? 1 : Math.max(all / allDays, 1);
            double[] raw = new double[168];
            for (int d = 0; d < 7; d++) {
                double dayTotal = 0;
                for (int h = 0; h < 24; h++) {
                    dayTotal += counts[d][h];
                }
                double dayLevel = (dayTotal + perDay) / (weekdayDays[d] + 1);
                for (int h = 0; h < 24; h++) {
                    double shape = dayLevel * hourShape[h];
                    raw[d * 24 + h] = (counts[d][h] + SHAPE_DAYS * shape) / (weekdayDays[d] + SHAPE_DAYS);
                }
            }
            double[] smooth = new double[168];
            double total = 0;
            for (int b = 0; b < 168; b++) {
                smooth[b] = 0.25 * raw[(b + 167) % 168] + 0.5 * raw[b] + 0.25 * raw[(b + 1) % 168];
                total += smooth[b];
            }
            for (int b = 0; b < 168; b++) {
                smooth[b] /= total;
            }
            return smooth;
        }
    }
}
