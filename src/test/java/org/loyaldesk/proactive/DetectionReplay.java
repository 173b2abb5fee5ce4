package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.loyaldesk.proactive.ContactMonth.Contact;
import org.loyaldesk.proactive.ContactMonth.Incident;
import org.loyaldesk.proactive.SpikeDetector.Departure;
import org.loyaldesk.proactive.SpikeDetector.DetectionSettings;

/**
 * Offline evaluation of {@link SpikeDetector} on generated months ({@link ContactMonth}): for each seed, 28 days of
 * ordinary traffic warm the detector, then 28 days with incidents stream through it. An alarm is true when it fires
 * between an incident's onset and its end plus an hour on one of that incident's keys: its product (the SKU or a
 * word of its name), one of its defect words, or its reason. Not a test: a figure to read, run by hand.
 *
 * <p>Arguments: the number of seeds (default 4), then optionally the minimum count and the false alarms a week.
 */
final class DetectionReplay {

    private static final Duration GRACE = Duration.ofHours(1);

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        DetectionSettings settings = DetectionSettings.defaults();
        if (args.length > 1) {
            settings = settings.withMinimumCount(Integer.parseInt(args[1]));
        }
        if (args.length > 2) {
            settings = settings.withFalseAlarmsPerWeek(Double.parseDouble(args[2]));
        }
        System.out.printf(Locale.ROOT, "settings: %s, alpha %.2g%n", settings, settings.alpha());
        int alarms = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int incidents = 0;
        int detected = 0;
        double weeks = 0;
        Map<Integer, List<double[]>> bySize = new TreeMap<>();
        Map<Integer, Integer> missedBySize = new TreeMap<>();
        long started = System.nanoTime();
        for (long seed = 1; seed <= seeds; seed++) {
            ContactMonth shop = new ContactMonth(seed);
            Instant monthStart = LocalDate.of(2026, 3, 2).atStartOfDay(ContactMonth.ZONE).toInstant();
            Instant warmStart = monthStart.minus(Duration.ofDays(28));
            List<Contact> warm = shop.ordinary(seed + 1_000, warmStart, 28);
            ContactMonth.Month month = shop.withIncidents(seed, monthStart, 28);
            weeks += 4;
            SpikeDetector detector = new SpikeDetector(settings);
            for (Contact contact : warm) {
                detector.learn(contact.at(), keys(contact, shop));
            }
            Map<String, Incident> byId = new HashMap<>();
            Map<String, Set<String>> incidentKeys = new HashMap<>();
            for (Incident incident : month.incidents()) {
                byId.put(incident.id(), incident);
                incidentKeys.put(incident.id(), incidentKeys(incident, shop));
            }
            Map<String, Integer> complaintsSoFar = new HashMap<>();
            Map<String, Instant> minimumReached = new HashMap<>();
            Map<String, double[]> firstDetection = new HashMap<>();
            for (Contact contact : month.contacts()) {
                if (contact.incident() != null) {
                    if (complaintsSoFar.merge(contact.incident(), 1, Integer::sum) == settings.minimumCount()) {
                        minimumReached.put(contact.incident(), contact.at());
                    }
                }
                for (Departure departure : detector.add(contact.at(), keys(contact, shop))) {
                    alarms++;
                    Incident matched = null;
                    for (Incident incident : month.incidents()) {
                        if (!contact.at().isBefore(incident.onset())
                            && !contact.at().isAfter(incident.end().plus(GRACE))
                            && incidentKeys.get(incident.id()).contains(departure.key())) {
                            matched = incident;
                            break;
                        }
                    }
                    if (matched == null) {
                        falsePositives++;
                        System.out.printf(Locale.ROOT, "  seed %d FALSE %s %s: %d in %s, expected %.2f, p %.2g%n",
                            seed, contact.at(), departure.key(), departure.count(), departure.window(),
                            departure.expected(), departure.pValue());
                        continue;
                    }
                    truePositives++;
                    double minutes = Duration.between(matched.onset(), contact.at()).toSeconds() / 60.0;
                    int complaints = complaintsSoFar.getOrDefault(matched.id(), 0);
                    Instant reached = minimumReached.getOrDefault(matched.id(), contact.at());
                    firstDetection.putIfAbsent(matched.id(), new double[] {minutes, complaints,
                        Duration.between(reached, contact.at()).toSeconds() / 60.0});
                    System.out.printf(Locale.ROOT, "  seed %d true  %s %s (%s, size %d): %d in %s, expected %.2f, "
                            + "p %.2g, %.1f min and %d complaints after onset%n", seed, contact.at(), departure.key(),
                        matched.id(), matched.size(), departure.count(), departure.window(), departure.expected(),
                        departure.pValue(), minutes, complaints);
                }
            }
            for (Incident incident : month.incidents()) {
                incidents++;
                double[] first = firstDetection.get(incident.id());
                if (first == null) {
                    missedBySize.merge(incident.size(), 1, Integer::sum);
                    System.out.printf(Locale.ROOT, "  seed %d MISSED %s size %d on %s (%s) at %s%n", seed,
                        incident.id(), incident.size(), incident.sku(), incident.defectDutch(), incident.onset());
                } else {
                    detected++;
                    bySize.computeIfAbsent(incident.size(), k -> new ArrayList<>()).add(first);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nseeds %d, simulated weeks %.0f, incidents %d, run %.1f s%n", seeds, weeks,
            incidents, (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "alarms %d: true %d, false %d; precision %.3f; recall %d/%d = %.3f; "
                + "false alarms per simulated week %.2f%n", alarms, truePositives, falsePositives,
            alarms == 0 ? 0 : (double) truePositives / alarms, detected, incidents,
            incidents == 0 ? 0 : (double) detected / incidents, falsePositives / weeks);
        System.out.println("first alarm per incident size (over seeds): minutes after onset / complaints since onset"
            + " / minutes after the minimum count of complaints had come in");
        for (int size : ContactMonth.SIZES) {
            List<double[]> found = bySize.getOrDefault(size, List.of());
            List<Double> minutes = found.stream().map(f -> f[0]).sorted().toList();
            List<Double> complaints = found.stream().map(f -> f[1]).sorted().toList();
            List<Double> afterMinimum = found.stream().map(f -> f[2]).sorted().toList();
            System.out.printf(Locale.ROOT, "  size %3d over %s: detected %d, missed %d; minutes median %s max %s; "
                    + "complaints median %s max %s; after the minimum median %s max %s%n", size,
                ContactMonth.SPANS.get(ContactMonth.SIZES.indexOf(size)), found.size(),
                missedBySize.getOrDefault(size, 0), median(minutes), max(minutes), median(complaints), max(complaints),
                median(afterMinimum), max(afterMinimum));
        }
    }

    static Set<String> keys(Contact contact, ContactMonth shop) {
        return ComplaintKeys.of(contact.text(), contact.reason(), contact.skusOwned(), shop.productNames());
    }

    private static Set<String> incidentKeys(Incident incident, ContactMonth shop) {
        Set<String> keys = new HashSet<>();
        keys.add(ComplaintKeys.PRODUCT + incident.sku());
        keys.add(ComplaintKeys.REASON + "defect");
        for (String text : List.of(incident.defectDutch(), incident.defectEnglish(), incident.product())) {
            for (String word : ComplaintKeys.words(text)) {
                keys.add(ComplaintKeys.WORD + word);
            }
        }
        return keys;
    }

    private static String median(List<Double> values) {
        return values.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", values.get(values.size() / 2));
    }

    private static String max(List<Double> values) {
        return values.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", values.getLast());
    }
}
