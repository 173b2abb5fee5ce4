package org.loyaldesk.chat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.loyaldesk.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * A visitor's widget as the browser script talks to Loyaldesk: it makes a visitor, keeps the stream open and
 * remembers every event, and sends what the visitor types. What a test asserts is what the widget would show.
 */
final class WidgetClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    final String visitor;
    final String token;
    final List<Event> events = new CopyOnWriteArrayList<>();
    private volatile java.io.InputStream stream;
    private volatile boolean streamEnded;
    private String origin;

    record Event(String name, String id, JsonNode data) {
    }

    private WidgetClient(String base, String visitor, String token) {
        this.base = base;
        this.visitor = visitor;
        this.token = token;
    }

    static WidgetClient newVisitor(int port) {
        return newVisitor(port, Map.of());
    }

    static WidgetClient newVisitor(int port, Map<String, Object> body) {
        String base = "http://localhost:" + port;
        Api.Response made = post(base, "/chat/visitors", body, null);
        if (made.status() != 201) {
            throw new IllegalStateException("No visitor: " + made);
        }
        return new WidgetClient(base, made.json().get("visitor").asString(), made.json().get("token").asString());
    }

    WidgetClient from(String pageOrigin) {
        this.origin = pageOrigin;
        return this;
    }

    /** Opens the stream, as the widget does on every page load, asking for what came after {@code after}. */
    WidgetClient connect(long after) {
        close();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/chat/stream?visitor=" + enc(visitor) + "&token="
                + enc(token) + "&after=" + after)).header("Accept", "text/event-stream").GET().build();
        streamEnded = false;
        int before = named("connected").size();
        Thread.ofVirtual().start(() -> {
            try {
                HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
                stream = response.body();
                events.add(new Event("connected", null, JSON.valueToTree(Map.of("status", response.statusCode()))));
                try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    read(reader.lines());
                }
            } catch (Exception closedOrRefused) {
                // the test closed the stream, or the server went away: as a widget sees it
            } finally {
                streamEnded = true;
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> named("connected").size() > before || streamEnded);
        return this;
    }

    WidgetClient connect() {
        return connect(0);
    }

    private void read(Stream<String> lines) {
        Map<String, String> fields = new HashMap<>();
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    events.add(new Event(fields.getOrDefault("event", "message"), fields.get("id"),
                        JSON.readTree(data.toString())));
                }
                fields.clear();
                data.setLength(0);
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            } else if (!line.startsWith(":") && line.contains(":")) {
                fields.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).strip());
            }
        });
    }

    Api.Response say(String text) {
        return say(text, UUID.randomUUID().toString(), "en");
    }

    Api.Response say(String text, String clientId, String language) {
        Map<String, Object> body = new HashMap<>(credentials());
        body.put("clientId", clientId);
        body.put("text", text);
        body.put("lang", language);
        body.put("page", "https://shop.example.com/koffie");
        return post(base, "/chat/messages", body, origin);
    }

    Api.Response send(String path, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(credentials());
        body.putAll(fields);
        return post(base, path, body, origin);
    }

    /** A file the visitor attaches, as the widget uploads it. */
    Api.Response sendFile(String clientId, String fileName, byte[] content) {
        String boundary = "----widget" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map.of("visitor", visitor, "token", token, "clientId", clientId, "lang", "en").forEach((name, value) ->
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
            + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/chat/files"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Opens a link of a line (a file), with the credentials the widget adds. */
    Api.Response open(String url, String asVisitor, String withToken) {
        return send(HttpRequest.newBuilder(URI.create(url + "?visitor=" + enc(asVisitor) + "&token=" + enc(withToken))).GET());
    }

    private static Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Response(response.statusCode(), response.headers().map(),
                new String(response.body(), StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> credentials() {
        return Map.of("visitor", visitor, "token", token);
    }

    /** The lines shown, in order, each once (as the widget shows them, deduplicated by id). */
    List<JsonNode> lines() {
        List<JsonNode> shown = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Event event : events) {
            if (event.name().equals("line") && !ids.contains(event.id())) {
                ids.add(event.id());
                shown.add(event.data());
            }
        }
        return shown;
    }

    List<Event> named(String name) {
        return events.stream().filter(event -> event.name().equals(name)).toList();
    }

    JsonNode awaitLine(Predicate<JsonNode> wanted) {
        await().atMost(Duration.ofSeconds(10)).until(() -> lines().stream().anyMatch(wanted));
        return lines().stream().filter(wanted).findFirst().orElseThrow();
    }

    JsonNode awaitState(Predicate<JsonNode> wanted) {
        await().atMost(Duration.ofSeconds(10)).until(() -> named("state").stream().map(Event::data).anyMatch(wanted));
        return named("state").stream().map(Event::data).filter(wanted).reduce((first, last) -> last).orElseThrow();
    }

    long lastLineId() {
        return lines().stream().mapToLong(line -> line.get("id").asLong()).max().orElse(0);
    }

    @Override
    public void close() {
        java.io.InputStream open = stream;
        stream = null;
        if (open != null) {
            try {
                open.close();
            } catch (java.io.IOException alreadyGone) {
                // closed either way
            }
        }
    }

    boolean streamEnded() {
        return streamEnded;
    }

    static Api.Response post(String base, String path, Object body, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : JSON.writeValueAsString(body)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
