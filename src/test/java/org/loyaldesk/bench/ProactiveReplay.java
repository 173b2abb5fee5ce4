package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.loyaldesk.proactive.ComplaintKeys;
import org.loyaldesk.proactive.ContactMonth;
import org.loyaldesk.proactive.ContactMonth.Contact;
import org.loyaldesk.proactive.ContactMonth.Incident;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proactive service's detection, measured through the running application: a generated shop ({@link
 * ContactMonth}) gets its customers and their orders, four weeks of ordinary contacts as imported history (the
 * baseline), then a month with incidents through {@code POST /api/v1/messages/inbound} with each message's
 * {@code receivedAt}, in time order, as fast as the application takes it. The spikes it raised are then read back
 * and held against the incidents that were put in, with the rule of the offline {@code DetectionReplay}: an alarm is
 * true when it is raised (in event time) between an incident's onset and its end plus an hour, on one of that
 * incident's keys.
 *
 * <p>usage: ProactiveReplay baseUrl token appPid clockTicksPerSecond seed days concurrency
 */
public final class ProactiveReplay {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong RETRIED = new AtomicLong();
    private static final Duration GRACE = Duration.ofHours(1);
    private static final String[] CHANNELS = {"email", "chat", "whatsapp", "phone", "api"};
    private static final String[] INBOUND_CHANNELS = {"api", "whatsapp", "social", "phone"};

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final String base;
    private final String token;
    private final Path appStat;
    private final int ticksPerSecond;

    private ProactiveReplay(String base, String token, long appPid, int ticksPerSecond) {
        this.base = base;
        this.token = token;
        this.appStat = Path.of("/proc/" + appPid + "/stat");
        this.ticksPerSecond = ticksPerSecond;
    }

    private record Customer(String email, String name, String language, List<String> skus) {
    }

    /** What the application answered for one streamed contact. */
    private record Delivery(int status, long conversationId, boolean opened) {
    }

    public static void main(String[] args) throws Exception {
        ProactiveReplay replay = new ProactiveReplay(args[0], args[1], Long.parseLong(args[2]),
            Integer.parseInt(args[3]));
        long seed = Long.parseLong(args[4]);
        int days = Integer.parseInt(args[5]);
        int concurrency = Integer.parseInt(args[6]);
        replay.run(seed, days, concurrency);
    }

    private void run(long seed, int days, int concurrency) throws Exception {
        ContactMonth shop = new ContactMonth(seed);
        // the month ends at the start of today (Amsterdam), so every receivedAt lies in the past
        Instant monthStart = LocalDate.now(ContactMonth.ZONE).minusDays(days).atStartOfDay(ContactMonth.ZONE)
            .toInstant();
        Instant historyStart = monthStart.minus(Duration.ofDays(28));
        List<Contact> history = shop.ordinary(seed + 1_000, historyStart, 28);
        ContactMonth.Month month = shop.withIncidents(seed, monthStart, days);
        System.out.printf(Locale.ROOT, "shop seed %d: history %d contacts from %s, month %d contacts (%d in %d "
                + "incidents) from %s, %d days%n", seed, history.size(), historyStart, month.contacts().size(),
            month.contacts().stream().filter(c -> c.incident() != null).count(), month.incidents().size(), monthStart,
            days);

        Map<String, Customer> customers = new LinkedHashMap<>();
        for (List<Contact> contacts : List.of(history, month.contacts())) {
            for (Contact c : contacts) {
                customers.putIfAbsent(c.email(), new Customer(c.email(), c.name(), c.language(), c.skusOwned()));
            }
        }
        Phase phase = new Phase("customers (note-only import) and their orders");
        Map<String, Long> ids = createCustomers(new ArrayList<>(customers.values()), monthStart.minus(Duration.ofDays(80)));
        importOrders(customers, ids, shop.productNames(), monthStart.minus(Duration.ofDays(45)), concurrency);
        phase.done(customers.size(), "customers");
        System.out.println("  requests answered 503 and retried: " + RETRIED.getAndSet(0));

        phase = new Phase("history import (baseline)");
        importHistory(history);
        waitUntilQuiet();
        phase.done(history.size(), "conversations");

        phase = new Phase("month through the inbound API");
        Latencies latencies = new Latencies(month.contacts().size());
        Delivery[] deliveries = stream(month.contacts(), concurrency, latencies);
        double streamSeconds = phase.seconds();
        long streamTicks = phase.ticks();
        waitUntilQuiet();
        phase.done(month.contacts().size(), "messages");
        long errors = java.util.Arrays.stream(deliveries).filter(d -> d.status() != 201 && d.status() != 200).count();
        System.out.printf(Locale.ROOT, "inbound: %.0f msgs/s while streaming, p50 %.1f ms, p99 %.1f ms, errors %d; "
                + "app CPU %.2f ms/message while streaming, %.2f ms/message including the detection that followed%n",
            month.contacts().size() / streamSeconds, latencies.percentile(50), latencies.percentile(99), errors,
            streamTicks * 1000.0 / ticksPerSecond / month.contacts().size(),
            phase.ticks() * 1000.0 / ticksPerSecond / month.contacts().size());

        System.out.println("  inbound requests answered 503 and retried: " + RETRIED.getAndSet(0));
        evaluate(shop, month, deliveries, days);
    }

    /** Every customer once, through a conversation with only a note (not a complaint), so their id is known. */
    private Map<String, Long> createCustomers(List<Customer> customers, Instant at) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < customers.size(); from += 500) {
            List<Customer> batch = customers.subList(from, Math.min(customers.size(), from + 500));
            List<Map<String, Object>> conversations = new ArrayList<>();
            for (Customer customer : batch) {
                conversations.add(Map.of("customer", Map.of("email", customer.email(), "name", customer.name(),
                        "language", customer.language()), "channel", "email", "status", "closed",
                    "messages", List.of(Map.of("kind", "note", "at", at.toString(),
                        "text", "Klant uit de webwinkel overgenomen"))));
            }
            JsonNode imported = JSON.readTree(post("/api/v1/conversations/import", Map.of("conversations", conversations)));
            JsonNode conversationIds = imported.get("conversationIds");
            for (int i = 0; i < batch.size(); i++) {
                ids.put(batch.get(i).email(), conversationIds.get(i).asLong());
            }
        }
        // the import answers conversation ids: the customer behind each
        Map<String, Long> customerIds = new ConcurrentHashMap<>();
        List<Map.Entry<String, Long>> entries = new ArrayList<>(ids.entrySet());
        parallel(entries.size(), 4, i -> {
            Map.Entry<String, Long> entry = entries.get(i);
            JsonNode conversation = JSON.readTree(get("/api/v1/conversations/" + entry.getValue()));
            customerIds.put(entry.getKey(), conversation.at("/summary/customerId").asLong());
        });
        return customerIds;
    }

    private void importOrders(Map<String, Customer> customers, Map<String, Long> ids, Map<String, String> names,
                              Instant orderedAt, int concurrency) throws Exception {
        List<Customer> all = new ArrayList<>(customers.values());
        parallel(all.size(), concurrency, i -> {
            Customer customer = all.get(i);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (String sku : customer.skus()) {
                lines.add(Map.of("sku", sku, "name", names.get(sku), "quantity", 1, "amount", 49.95));
            }
            post("/api/v1/customers/" + ids.get(customer.email()) + "/orders", Map.of("orderNumber", "WEB-" + (100_000 + i),
                "orderedAt", orderedAt.toString(), "lines", lines));
        });
    }

    /**
     * The baseline as imported, solved conversations. No contact reason: a message through the inbound API has none
     * when its conversation opens either, and the baseline should count what the live contacts are counted by.
     */
    private void importHistory(List<Contact> history) throws Exception {
        for (int from = 0; from < history.size(); from += 500) {
            List<Map<String, Object>> conversations = new ArrayList<>();
            for (int i = from; i < Math.min(history.size(), from + 500); i++) {
                Contact contact = history.get(i);
                conversations.add(Map.of("customer", Map.of("email", contact.email(), "name", contact.name()),
                    "channel", CHANNELS[i % CHANNELS.length], "status", "solved",
                    "messages", List.of(Map.of("kind", "inbound", "at", contact.at().toString(),
                        "text", contact.text()))));
            }
            post("/api/v1/conversations/import", Map.of("conversations", conversations));
        }
    }

    /**
     * The month in time order: {@code concurrency} clients take the next contact, and a contact waits for the same
     * customer's previous one to be answered, so each customer's messages arrive in their order.
     */
    private Delivery[] stream(List<Contact> contacts, int concurrency, Latencies latencies) throws Exception {
        Delivery[] deliveries = new Delivery[contacts.size()];
        int[] turn = new int[contacts.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            turn[i] = seen.merge(contacts.get(i).email(), 1, Integer::sum) - 1;
        }
        Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
        Set<Long> conversations = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        Thread[] clients = new Thread[concurrency];
        long run = System.currentTimeMillis();
        for (int c = 0; c < concurrency; c++) {
            clients[c] = Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < contacts.size(); i = next.getAndIncrement()) {
                    Contact contact = contacts.get(i);
                    AtomicInteger done = answered.computeIfAbsent(contact.email(), e -> new AtomicInteger());
                    while (done.get() < turn[i]) {
                        Thread.onSpinWait();
                        Thread.yield();
                    }
                    Map<String, Object> body = Map.of("channel", INBOUND_CHANNELS[i % INBOUND_CHANNELS.length],
                        "from", Map.of("email", contact.email(), "name", contact.name()), "text", contact.text(),
                        "externalId", "replay-" + run + "-" + i, "receivedAt", contact.at().toString());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = send("/api/v1/messages/inbound", body);
                        long conversationId = response.statusCode() / 100 == 2
                            ? JSON.readTree(response.body()).get("conversationId").asLong() : -1;
                        deliveries[i] = new Delivery(response.statusCode(), conversationId,
                            conversationId > 0 && conversations.add(conversationId));
                        if (response.statusCode() / 100 != 2) {
                            System.out.println("  refused: " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        deliveries[i] = new Delivery(-1, -1, false);
                    }
                    latencies.record(i, System.nanoTime() - start);
                    done.incrementAndGet();
                    if (i % 2_000 == 0) {
                        System.out.printf("  %d of %d messages%n", i, contacts.size());
                    }
                }
            });
        }
        for (Thread client : clients) {
            client.join();
        }
        return deliveries;
    }

    private void evaluate(ContactMonth shop, ContactMonth.Month month, Delivery[] deliveries, int days)
        throws Exception {
        Map<Long, Integer> contactOf = new HashMap<>();
        Map<String, Integer> threaded = new HashMap<>();
        long threadedOrdinary = 0;
        for (int i = 0; i < deliveries.length; i++) {
            if (deliveries[i].opened()) {
                contactOf.put(deliveries[i].conversationId(), i);
            } else if (month.contacts().get(i).incident() != null) {
                threaded.merge(month.contacts().get(i).incident(), 1, Integer::sum);
            } else {
                threadedOrdinary++;
            }
        }
        System.out.printf(Locale.ROOT, "contacts that continued an earlier conversation instead of opening one (not a "
            + "new complaint for the detector): %d ordinary, %d of incidents %s%n", threadedOrdinary,
            threaded.values().stream().mapToInt(Integer::intValue).sum(), threaded);

        Map<String, Set<String>> incidentKeys = new HashMap<>();
        for (Incident incident : month.incidents()) {
            incidentKeys.put(incident.id(), keysOf(incident));
        }
        JsonNode spikes = JSON.readTree(get("/api/v1/spikes?limit=500"));
        int alarms = 0;
        int truePositives = 0;
        int falsePositives = 0;
        Map<String, String> firstAlarm = new TreeMap<>();
        Map<String, double[]> firstDetection = new HashMap<>();
        List<JsonNode> ordered = new ArrayList<>();
        spikes.forEach(ordered::add);
        ordered.sort((a, b) -> a.get("raisedAt").asString().compareTo(b.get("raisedAt").asString()));
        for (JsonNode spike : ordered) {
            alarms++;
            Instant raisedAt = Instant.parse(spike.get("raisedAt").asString());
            String key = spike.get("groupKey").asString();
            JsonNode view = JSON.readTree(get("/api/v1/spikes/" + spike.get("id").asLong()));
            Map<String, Integer> behind = new TreeMap<>();
            for (JsonNode id : view.get("conversationIds")) {
                Integer index = contactOf.get(id.asLong());
                String incident = index == null ? null : month.contacts().get(index).incident();
                behind.merge(incident == null ? "ordinary" : incident, 1, Integer::sum);
            }
            Incident matched = null;
            for (Incident incident : month.incidents()) {
                if (!raisedAt.isBefore(incident.onset()) && !raisedAt.isAfter(incident.end().plus(GRACE))
                    && incidentKeys.get(incident.id()).contains(key)) {
                    matched = incident;
                    break;
                }
            }
            String line = String.format(Locale.ROOT, "spike %d %s raised %s (noticed %s), first %s, %d contacts %s",
                spike.get("id").asLong(), key, raisedAt, spike.get("noticedAt").asString(),
                spike.get("firstAt").asString(), spike.get("contacts").asInt(), behind);
            if (matched == null) {
                falsePositives++;
                System.out.println("  FALSE " + line);
                continue;
            }
            truePositives++;
            System.out.println("  true  " + line + " -> " + matched.id() + " size " + matched.size());
            Incident incident = matched;
            // complaints of the incident whose conversation opened at or before the alarm, in event time
            long since = 0;
            for (int i = 0; i < deliveries.length; i++) {
                Contact contact = month.contacts().get(i);
                if (incident.id().equals(contact.incident()) && !contact.at().isAfter(raisedAt)) {
                    since++;
                }
            }
            double minutes = Duration.between(incident.onset(), raisedAt).toSeconds() / 60.0;
            if (!firstDetection.containsKey(incident.id())) {
                firstDetection.put(incident.id(), new double[] {minutes, since});
                firstAlarm.put(incident.id(), key);
            }
        }
        double weeks = days / 7.0;
        int detected = firstDetection.size();
        System.out.printf(Locale.ROOT, "%nalarms %d: true %d, false %d; precision %.3f; recall %d/%d = %.3f; false alarms "
                + "per simulated week %.2f%n", alarms, truePositives, falsePositives,
            alarms == 0 ? 0 : (double) truePositives / alarms, detected, month.incidents().size(),
            month.incidents().isEmpty() ? 0 : (double) detected / month.incidents().size(), falsePositives / weeks);
        System.out.println("per incident: size, span, first alarm (minutes after onset in event time, complaints since "
            + "onset at the alarm)");
        int withinAim = 0;
        for (Incident incident : month.incidents()) {
            double[] first = firstDetection.get(incident.id());
            if (first == null) {
                System.out.printf(Locale.ROOT, "  %-11s size %3d over %4.0f min on %s (%s): MISSED%n", incident.id(),
                    incident.size(), Duration.between(incident.onset(), incident.end()).toSeconds() / 60.0,
                    incident.sku(), incident.defectDutch());
                continue;
            }
            boolean aim = first[0] <= 5 && first[1] <= 10;
            withinAim += aim ? 1 : 0;
            System.out.printf(Locale.ROOT, "  %-11s size %3d over %4.0f min on %s (%s): %.1f min, %d complaints, "
                    + "on %s%s%n", incident.id(), incident.size(),
                Duration.between(incident.onset(), incident.end()).toSeconds() / 60.0, incident.sku(),
                incident.defectDutch(), first[0], (long) first[1], firstAlarm.get(incident.id()),
                aim ? " (within aim)" : "");
        }
        System.out.printf(Locale.ROOT, "incidents alerted within 5 min and 10 complaints of onset: %d of %d%n",
            withinAim, month.incidents().size());
    }

    private static Set<String> keysOf(Incident incident) {
        Set<String> keys = new HashSet<>();
        keys.add(ComplaintKeys.PRODUCT + incident.sku());
        keys.add(ComplaintKeys.REASON + "defect");
        keys.add(ComplaintKeys.REASON + "product-defect");
        for (String text : List.of(incident.defectDutch(), incident.defectEnglish(), incident.product())) {
            for (String word : ComplaintKeys.words(text)) {
                keys.add(ComplaintKeys.WORD + word);
            }
        }
        return keys;
    }

    /** A stretch of the run: wall time and the application's CPU over it. */
    private final class Phase {
        private final String name;
        private final long started = System.nanoTime();
        private final long startTicks = appTicks();
        private final double load = loadAverage();

        Phase(String name) {
            this.name = name;
        }

        double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        long ticks() {
            return appTicks() - startTicks;
        }

        void done(int count, String what) {
            System.out.printf(Locale.ROOT, "%s: %d %s in %.1f s, app CPU %.1f s (load average %.2f at the start, %.2f "
                + "at the end)%n", name, count, what, seconds(), ticks() / (double) ticksPerSecond, load, loadAverage());
        }
    }

    /** Waits until the application's background work (the listeners after each commit) has settled. */
    private void waitUntilQuiet() throws InterruptedException {
        long before = appTicks();
        while (true) {
            Thread.sleep(2_000);
            long now = appTicks();
            if (now - before < ticksPerSecond / 10) {
                return;
            }
            before = now;
        }
    }

    private long appTicks() {
        try {
            String stat = Files.readString(appStat);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + appStat, e);
        }
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }

    interface Task {
        void run(int index) throws Exception;
    }

    private static void parallel(int count, int concurrency, Task task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        Thread[] workers = new Thread[concurrency];
        for (int c = 0; c < concurrency; c++) {
            workers[c] = Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        task.run(i);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() < 5) {
                            System.out.println("  failed: " + e.getMessage());
                        }
                    }
                }
            });
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed");
        }
    }

    String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    String post(String path, Object body) throws Exception {
        HttpResponse<String> response = send(path, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Retries a 503 (the database could not serve it just now, nothing was stored), as its answer asks. */
    HttpResponse<String> send(String path, Object body) throws Exception {
        HttpResponse<String> response = once(path, body);
        for (int attempt = 1; response.statusCode() == 503 && attempt <= 5; attempt++) {
            RETRIED.incrementAndGet();
            Thread.sleep(200L * attempt);
            response = once(path, body);
        }
        return response;
    }

    private HttpResponse<String> once(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
