package org.loyaldesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies, logs in through the form, and sends the CSRF
 * token with every form post, as the pages do.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;
    private String address;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Requests as if from this client address, the way a reverse proxy on this machine passes it on
     * (X-Forwarded-For, believed from loopback only).
     */
    public Browser comingFrom(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public Page logIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("username", email, "password", password));
    }

    public Page get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    /** A live stream (Server-Sent Events) as an open page holds it; closing the stream is closing the page. */
    public java.io.InputStream stream(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream").GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page post(String path, Map<String, String> form) {
        return post(path, form.entrySet().stream()
            .<Map.Entry<String, String>>map(field -> new java.util.AbstractMap.SimpleEntry<>(field)).toList());
    }

    /** A form with a field more than once, as checkboxes of one name send it. */
    public Page post(String path, java.util.List<Map.Entry<String, String>> form) {
        java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(form);
        fields.add(new java.util.AbstractMap.SimpleEntry<>("_csrf", csrf));
        String body = fields.stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A form as another site would post it: the session cookie goes along, the CSRF token cannot. */
    public Page postWithoutCsrf(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart form, as a browser sends one with a file input; {@code fileName} null sends no file. */
    public Page postWithFile(String path, Map<String, String> form, String fileField, String fileName, byte[] content) {
        String boundary = "----loyaldesk" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
            + name + "\"\r\n\r\n" + (value == null ? "" : value) + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private Page remember(Page page) {
        Matcher matcher = CSRF.matcher(page.html());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return page;
    }

    private Page send(HttpRequest.Builder request) {
        // what every browser asks for when it opens a page or posts a form
        request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri().getPath(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Where the browser ended up after redirects, and what it shows. */
    public record Page(int status, String path, String html) {
    }
}
