package org.loyaldesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client for the REST API as an integrator uses it: real HTTP on the test port, JSON in,
 * JSON out, a Bearer token per call.
 */
public final class Api {

    public static final String BOOTSTRAP_TOKEN = "test-bootstrap-secret-0123456789";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    public Api(int port) {
        this(port, BOOTSTRAP_TOKEN);
    }

    private Api(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** Where this client points, e.g. http://localhost:41234: one per test application. */
    public String base() {
        return base;
    }

    public Api as(String otherToken) {
        return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, Object body) {
        return postRaw(path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    public Response postRaw(String path, String body) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A raw mail (or any bytes) as an MTA delivers it. */
    public Response postMail(byte[] raw) {
        return send(builder("/api/v1/mail/inbound").header("Content-Type", "message/rfc822")
            .POST(HttpRequest.BodyPublishers.ofByteArray(raw)));
    }

    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** An inbound message from a customer with this email address, as a connector would send it. */
    public Response inbound(String channel, String email, String text, String externalId) {
        Map<String, Object> message = new HashMap<>(Map.of("channel", channel,
            "from", Map.of("email", email, "name", "Test Customer"), "text", text));
        if (externalId != null) {
            message.put("externalId", externalId);
        }
        return post("/api/v1/messages/inbound", message);
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        public long id(String field) {
            return json().get(field).asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
