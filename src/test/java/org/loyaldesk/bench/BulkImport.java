package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a Loyaldesk with a large history through the import API: {@code conversations} conversations
 * of {@code messagesEach} messages for 20,000 customers, spread over the last year, 10% still
 * active. Used to measure the inbox and conversation pages on a big tenant.
 *
 * <p>usage: BulkImport baseUrl token conversations messagesEach [active]
 * <p>{@code active}: every conversation still open (new, open, pending, on hold), for what works on open ones only
 * (the SLA recomputation).
 */
public final class BulkImport {

    private static final int BATCH = 200;
    private static final String[] STATUSES = { "solved", "closed", "solved", "closed", "solved", "closed", "solved",
        "closed", "solved", "open", "pending", "new", "on_hold" };
    private static final String[] ACTIVE = { "open", "pending", "new", "on_hold", "open", "open" };
    private static final String[] CHANNELS = { "email", "chat", "phone", "api", "whatsapp" };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int conversations = Integer.parseInt(args[2]);
        int messagesEach = Integer.parseInt(args[3]);
        String[] statuses = args.length > 4 && args[4].equals("active") ? ACTIVE : STATUSES;
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger nextBatch = new AtomicInteger();
        int batches = (conversations + BATCH - 1) / BATCH;
        long started = System.nanoTime();
        Thread[] clients = new Thread[2];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = Thread.ofPlatform().start(() -> {
                for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                    String body = batch(b * BATCH, Math.min(BATCH, conversations - b * BATCH), messagesEach, statuses);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/v1/conversations/import")).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("batch " + b + ": " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (b % 50 == 0) {
                        System.out.printf("  %d of %d conversations imported%n", b * BATCH, conversations);
                    }
                }
            });
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("imported %d conversations with %d messages in %.0f s (%.0f messages/s)%n", conversations,
            (long) conversations * messagesEach, seconds, conversations * (double) messagesEach / seconds);
    }

    private static String batch(int first, int count, int messagesEach, String[] statuses) {
        StringBuilder json = new StringBuilder("{\"conversations\":[");
        Instant now = Instant.now();
        for (int n = 0; n < count; n++) {
            int i = first + n;
            Instant start = now.minusSeconds(60L * ((i * 7919L) % 525_600));
            if (n > 0) {
                json.append(',');
            }
            json.append("{\"customer\":{\"email\":\"import").append(i % 20_000).append("@voorbeeld.nl\",\"name\":\"Klant ")
                .append(i % 20_000).append("\"},\"subject\":\"Vraag over bestelling KK-").append(i)
                .append("\",\"channel\":\"").append(CHANNELS[i % CHANNELS.length])
                .append("\",\"status\":\"").append(statuses[i % statuses.length])
                .append("\",\"priority\":\"").append(i % 17 == 0 ? "high" : "normal")
                .append("\",\"tags\":[\"import-").append(i % 10).append("\"],\"messages\":[");
            for (int m = 0; m < messagesEach; m++) {
                if (m > 0) {
                    json.append(',');
                }
                json.append("{\"kind\":\"").append(m % 2 == 0 ? "inbound" : "reply").append("\",\"at\":\"")
                    .append(start.plusSeconds(600L * m)).append("\",\"author\":\"")
                    .append(m % 2 == 0 ? "Klant" : "Medewerker").append("\",\"text\":\"Bericht ").append(m)
                    .append(" over bestelling KK-").append(i)
                    .append(": de levering is vertraagd en ik wil graag weten wanneer het pakket komt.\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
