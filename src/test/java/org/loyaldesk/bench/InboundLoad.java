package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for POST /api/v1/messages/inbound over loopback: a closed loop of {@code concurrency}
 * clients, each sending the next message as soon as the previous one is answered. Messages come
 * from a pool of 5,000 customers on four channels, so the run mixes new customers, new
 * conversations and threading into ongoing ones. A warm-up of 10% is not measured.
 *
 * <p>usage: InboundLoad baseUrl token concurrency messages label
 */
public final class InboundLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int concurrency = Integer.parseInt(args[2]);
        int messages = Integer.parseInt(args[3]);
        String label = args[4];
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        String[] channels = { "api", "whatsapp", "social", "phone" };
        long run = System.nanoTime();

        int warmup = messages / 10;
        send(http, base, token, concurrency, warmup, channels, run, "w", new Latencies(warmup));
        Latencies latencies = new Latencies(messages);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        errors.addAndGet(send(http, base, token, concurrency, messages, channels, run, "m", latencies));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d messages, concurrency %d: %.0f msgs/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
            label, messages, concurrency, messages / seconds, latencies.percentile(50), latencies.percentile(99),
            latencies.percentile(100), errors.get());
    }

    private static long send(HttpClient http, String base, String token, int concurrency, int count, String[] channels,
                             long run, String phase, Latencies latencies) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        Thread[] clients = new Thread[concurrency];
        for (int c = 0; c < concurrency; c++) {
            clients[c] = Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    int customer = (i * 7919) % 5000;
                    String body = """
                        {"channel":"%s","from":{"email":"bench%d@voorbeeld.nl","name":"Klant %d"},\
                        "text":"Hallo, ik heb een vraag over bestelling KK-%d. Kunnen jullie even kijken waar het pakket blijft?",\
                        "externalId":"%s-%d-%s-%d"}""".formatted(channels[i % channels.length], customer, customer, i, run,
                        i, phase, i);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/inbound"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long start = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 201 && status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.record(i, System.nanoTime() - start);
                }
            });
        }
        for (Thread client : clients) {
            client.join();
        }
        return errors.get();
    }
}
