package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Delivers a folder of raw mails (the SpamAssassin corpus) to POST /api/v1/mail/inbound, as an MTA
 * would, with {@code concurrency} deliveries at a time. Files are read into memory first, so the
 * figure is Loyaldesk's, not the disk's.
 *
 * <p>usage: MailPipeLoad baseUrl token corpusDir concurrency label
 */
public final class MailPipeLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int concurrency = Integer.parseInt(args[3]);
        List<byte[]> mails;
        try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
            mails = files.filter(file -> file.toString().endsWith(".txt")).sorted().map(MailPipeLoad::read).toList();
        }
        HttpClient http = HttpClient.newHttpClient();
        Latencies latencies = new Latencies(mails.size());
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        long started = System.nanoTime();
        Thread[] clients = new Thread[concurrency];
        for (int c = 0; c < concurrency; c++) {
            clients[c] = Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < mails.size(); i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/mail/inbound"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "message/rfc822")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(mails.get(i))).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 202) {
                            errors.incrementAndGet();
                        } else if (response.body().contains("\"duplicate\":true")) {
                            duplicates.incrementAndGet();
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
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d mails (%.1f MB), concurrency %d: %.0f msgs/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                + "errors %d, duplicates %d%n", args[4], mails.size(), mails.stream().mapToLong(m -> m.length).sum() / 1e6,
            concurrency, mails.size() / seconds, latencies.percentile(50), latencies.percentile(99),
            latencies.percentile(100), errors.get(), duplicates.get());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
