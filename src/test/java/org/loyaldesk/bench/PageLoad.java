package org.loyaldesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Response times of the agent's pages, logged in through the login form like a browser:
 * the inbox (all active, unassigned, a filter, a deep page) and random conversation pages.
 *
 * <p>usage: PageLoad baseUrl agentEmail password requestsPerPage concurrency maxConversationId
 */
public final class PageLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        long maxConversation = Long.parseLong(args[5]);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .build();
        logIn(http, base, args[1], args[2]);
        String deepCursor = cursorAfterPages(http, base, 20);
        List<String> pages = List.of("/inbox?view=all", "/inbox?view=unassigned", "/inbox?view=all&status=solved",
            "/inbox?view=all&channel=chat&tag=import-3", "/inbox?view=all&cursor=" + deepCursor, "conversation");
        for (String page : pages) {
            measure(http, base, page, Math.max(20, requests / 10), concurrency, maxConversation, null);
            Latencies latencies = new Latencies(requests);
            long started = System.nanoTime();
            measure(http, base, page, requests, concurrency, maxConversation, latencies);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%-45s %5d requests: p50 %.1f ms, p99 %.1f ms (%.0f pages/s)%n",
                page.startsWith("/inbox?view=all&cursor") ? "/inbox?view=all (page 21)" : page, requests,
                latencies.percentile(50), latencies.percentile(99), requests / seconds);
        }
    }

    private static void measure(HttpClient http, String base, String page, int requests, int concurrency, long maxConversation,
                                Latencies latencies) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Thread[] clients = new Thread[concurrency];
        for (int c = 0; c < concurrency; c++) {
            clients[c] = Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String path = page.equals("conversation")
                        ? "/conversations/" + ThreadLocalRandom.current().nextLong(1, maxConversation + 1) : page;
                    long start = System.nanoTime();
                    int status = get(http, base + path).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException(path + " answered " + status);
                    }
                    if (latencies != null) {
                        latencies.record(i, System.nanoTime() - start);
                    }
                }
            });
        }
        for (Thread client : clients) {
            client.join();
        }
    }

    private static String cursorAfterPages(HttpClient http, String base, int pages) {
        String cursor = "";
        Pattern next = Pattern.compile("cursor=([A-Za-z0-9_-]+)\"");
        for (int p = 0; p < pages; p++) {
            String html = get(http, base + "/inbox?view=all" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).body();
            Matcher matcher = next.matcher(html.substring(html.indexOf("rel=\"next\"") > 0 ? html.indexOf("rel=\"next\"") : 0));
            if (!matcher.find()) {
                break;
            }
            cursor = matcher.group(1);
        }
        return cursor;
    }

    private static void logIn(HttpClient http, String base, String email, String password) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(http, base + "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no login form");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
            if (!response.uri().getPath().equals("/inbox")) {
                throw new IllegalStateException("login failed");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
