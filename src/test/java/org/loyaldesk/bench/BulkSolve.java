package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solving at the source, in bulk: {@code count} open conversations about one product's defect (imported, one
 * customer each, all within the last day), an incident declared by hand on that product and word, then resolved;
 * measured is the time from the resolve until every linked conversation is answered and solved, the application's
 * CPU over it, and its memory before and after.
 *
 * <p>usage: BulkSolve baseUrl token appPid clockTicksPerSecond count
 */
public final class BulkSolve {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SKU = "BULK-PB-900";
    private static final String PRODUCT = "Volta Powerbank Z9";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;
    private final long pid;
    private final int ticksPerSecond;

    private BulkSolve(String base, String token, long pid, int ticksPerSecond) {
        this.base = base;
        this.token = token;
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    public static void main(String[] args) throws Exception {
        new BulkSolve(args[0], args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]))
            .run(Integer.parseInt(args[4]));
    }

    private void run(int count) throws Exception {
        // the catalogue knows the product from an order, so a text that names it is about it
        JsonNode first = JSON.readTree(post("/api/v1/conversations/import", Map.of("conversations", List.of(
            Map.of("customer", Map.of("email", "bulk-owner@voorbeeld.nl", "name", "Eerste Koper"), "channel", "email",
                "status", "closed", "messages", List.of(Map.of("kind", "note", "at", Instant.now().minus(Duration.ofDays(40))
                    .toString(), "text", "Klant uit de webwinkel"))))), 200));
        long ownerId = JSON.readTree(get("/api/v1/conversations/" + first.get("conversationIds").get(0).asLong()))
            .at("/summary/customerId").asLong();
        post("/api/v1/customers/" + ownerId + "/orders", Map.of("orderNumber", "BULK-1", "orderedAt",
            Instant.now().minus(Duration.ofDays(30)).toString(), "lines", List.of(Map.of("sku", SKU, "name", PRODUCT,
                "quantity", 1, "amount", 39.95))), 201);

        long started = System.nanoTime();
        long ticks = ticks();
        Instant now = Instant.now();
        for (int from = 0; from < count; from += 500) {
            List<Map<String, Object>> conversations = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                boolean dutch = i % 4 != 0;
                String text = dutch ? "Mijn " + PRODUCT + " raakt oververhit tijdens het opladen. Wat moet ik doen?"
                    : "My " + PRODUCT + " overheats while charging. What should I do?";
                conversations.add(Map.of("customer", Map.of("email", "bulk" + i + "@voorbeeld.nl", "name",
                        "Klant " + i, "language", dutch ? "nl" : "en"), "channel", "email", "status", "open",
                    "messages", List.of(Map.of("kind", "inbound", "at", now.minusSeconds(86_000L * i / count).toString(),
                        "text", text))));
            }
            post("/api/v1/conversations/import", Map.of("conversations", conversations), 200);
        }
        double importSeconds = (System.nanoTime() - started) / 1e9;
        waitUntilQuiet();
        System.out.printf(Locale.ROOT, "import of %d open conversations: %.1f s to answer, %.1f s until the application "
                + "was quiet, app CPU %.1f s%n", count, importSeconds, (System.nanoTime() - started) / 1e9,
            (ticks() - ticks) / (double) ticksPerSecond);

        started = System.nanoTime();
        JsonNode declared = JSON.readTree(post("/api/v1/incidents", Map.of("title", PRODUCT + ": oververhit bij opladen",
            "skus", List.of(SKU), "words", List.of("oververhit", "overheats"),
            "noticeNl", "Een deel van de " + PRODUCT + " wordt te heet bij het opladen. We sturen u een nieuwe.",
            "noticeEn", "Some " + PRODUCT + " power banks get too hot while charging. We will send you a new one."),
            201));
        long incident = declared.at("/incident/id").asLong();
        long linked = declared.at("/reach/linked").asLong();
        System.out.printf(Locale.ROOT, "declared incident %d: %d conversations linked in %.1f s%n", incident, linked,
            (System.nanoTime() - started) / 1e9);

        String before = memory();
        ticks = ticks();
        started = System.nanoTime();
        post("/api/v1/incidents/" + incident + "/resolve", Map.of("resolutionNl", "De nieuwe powerbank is onderweg; "
            + "nieuwe exemplaren hebben de fout niet meer.", "resolutionEn", "Your new power bank is on its way; new "
            + "ones no longer have the fault.", "fixLink", "https://shop.example/recall/bulk-pb-900"), 202);
        double resolveAnswered = (System.nanoTime() - started) / 1e9;
        long answered = 0;
        while (answered < linked) {
            Thread.sleep(1_000);
            JsonNode reach = JSON.readTree(get("/api/v1/incidents/" + incident)).get("reach");
            answered = reach.get("answered").asLong();
            linked = reach.get("linked").asLong();
            if ((System.nanoTime() - started) / 1_000_000_000L % 30 == 0) {
                System.out.printf("  %d of %d answered%n", answered, linked);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = ticks() - ticks;
        System.out.printf(Locale.ROOT, "resolve answered in %.2f s; all %d linked conversations answered and solved after "
                + "%.1f s (%.0f conversations/s); app CPU %.1f s = %.2f ms per conversation%n", resolveAnswered, linked,
            seconds, linked / seconds, cpu / (double) ticksPerSecond, cpu * 1000.0 / ticksPerSecond / linked);
        System.out.println("memory before the resolve: " + before);
        System.out.println("memory after:              " + memory());
        JsonNode sample = JSON.readTree(get("/api/v1/incidents/" + incident + "/conversations?limit=1"));
        System.out.println("a linked conversation afterwards: " + sample);
    }

    /** RSS from /proc, the heap from jcmd (the actuator's metrics are not open to an API token). */
    private String memory() throws Exception {
        String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
            .filter(line -> line.startsWith("VmRSS")).findFirst().orElse("VmRSS ?").replaceAll("\\s+", " ");
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
            String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String heap = new String(jcmd.getInputStream().readAllBytes()).lines()
            .filter(line -> line.contains("total") && line.contains("used")).findFirst().orElse("heap ?").strip();
        jcmd.waitFor();
        return rss + "; " + heap;
    }

    private void waitUntilQuiet() throws InterruptedException {
        long before = ticks();
        while (true) {
            Thread.sleep(2_000);
            long now = ticks();
            if (now - before < ticksPerSecond / 10) {
                return;
            }
            before = now;
        }
    }

    private long ticks() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String post(String path, Object body, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
