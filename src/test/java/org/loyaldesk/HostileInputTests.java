package org.loyaldesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of the OpenAPI document with bad input built from its schema: wrong
 * types, nulls inside arrays, NULs and lone surrogates in every string, out-of-range numbers,
 * huge and deeply nested bodies, broken percent-encodings in every parameter. Whatever the
 * operation, the answer must never be a 5xx, and every refusal must be a problem document.
 * A new endpoint is walked as soon as it is in the document.
 * <p>
 * The walk merges customers, deletes tokens and rewrites webhooks, so it runs in an application
 * (and a database) of its own, dropped afterwards, where it cannot disturb the other tests.
 */
@LoyaldeskTest
@TestPropertySource(properties = "hostile-input.own-application=true")
@DirtiesContext
class HostileInputTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Raw JSON values, written as a hostile client writes them (the escapes are not decoded here). */
    private static final List<String> HOSTILE_VALUES = List.of("\"a\\u0000b\"", "\"a\\ud800b\"", "\"\\udc00\"", "null",
        "[null]", "{}", "[]", "-1", "0", "1e400", "-1e400", "123456789012345678901234567890", "1.0000000001", "true",
        "\"\"", "\" \"", "\"2026-13-45T99:99:99Z\"");

    private static final String HUGE = "\"" + "x".repeat(100_000) + "\"";

    private static final List<String> HOSTILE_PARAMETERS = List.of("%00", "a%00b", "%ED%A0%80", "%C3%28", "%FF", "-1",
        "0", "99999999999999999999", "abc", "%25", "x".repeat(2000), "%2e%2e", "1e400", "true");

    @LocalServerPort
    int port;

    Api api;
    JsonNode document;
    long customerId;
    long conversationId;
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int requests;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        document = api.as(null).get("/api/docs").json();
        Api.Response created = api.inbound("api", "walk-" + UUID.randomUUID() + "@voorbeeld.nl", "Mijn pakket is zoek", null);
        customerId = created.id("customerId");
        conversationId = created.id("conversationId");
    }

    @Test
    void noOperationAnswersAServerErrorOrAnythingButAProblemToBadInput() {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
            walk(operation.getKey().toUpperCase(), path.getKey(), operation.getValue())));

        System.out.println("Hostile input: " + requests + " requests, answered " + statuses);
        assertThat(requests).isGreaterThan(1000);
        assertThat(statuses.keySet()).as("some bad input is refused").anyMatch(status -> status >= 400);
        assertThat(failures).as(requests + " requests").isEmpty();
    }

    private void walk(String method, String template, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String validPath = fill(template, parameters, null, null);
        String validQuery = query(parameters, null, null);
        JsonNode body = operation.at("/requestBody/content/application~1json/schema");

        for (JsonNode parameter : parameters) {
            for (String hostile : HOSTILE_PARAMETERS) {
                String name = parameter.get("name").asString();
                if ("path".equals(parameter.path("in").asString())) {
                    send(method, fill(template, parameters, name, hostile) + validQuery, body.isMissingNode() ? null
                        : JSON.writeValueAsString(example(body, 0)));
                } else if ("query".equals(parameter.path("in").asString())) {
                    send(method, validPath + query(parameters, name, hostile), null);
                }
            }
        }
        if (body.isMissingNode()) {
            send(method, validPath + validQuery, null);
            return;
        }
        JsonNode valid = example(body, 0);
        for (String hostile : HOSTILE_VALUES) {
            send(method, validPath + validQuery, hostile);
            for (String pointer : leaves(valid, "")) {
                send(method, validPath + validQuery, replaced(valid, pointer, hostile));
            }
        }
        for (String pointer : leaves(valid, "")) {
            send(method, validPath + validQuery, replaced(valid, pointer, HUGE));
        }
        send(method, validPath + validQuery, "[".repeat(5000) + "]".repeat(5000));
        send(method, validPath + validQuery, "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
        send(method, validPath + validQuery, "{\"unclosed\": \"");
        send(method, validPath + validQuery, "\u00ff\u00fe not json");
    }

    private void send(String method, String path, String body) {
        requests++;
        HttpRequest.Builder request = api.builder(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        Api.Response answer;
        try {
            answer = api.send(request);
        } catch (IllegalArgumentException | IllegalStateException unsendable) {
            return; // a URI the HTTP client itself refuses to send is not this test's business
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        String type = answer.header("Content-Type").orElse("");
        if (answer.status() >= 500 || (answer.status() >= 400 && !type.startsWith("application/problem+json"))) {
            String sent = body == null ? "" : " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
            failures.add(method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + sent + " -> "
                + answer.status() + " " + type + " " + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
        }
    }

    private String fill(String template, List<JsonNode> parameters, String hostileName, String hostile) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asString())) {
                continue;
            }
            String name = parameter.get("name").asString();
            String value = name.equals(hostileName) ? hostile : validPathValue(template, name, parameter);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private String validPathValue(String template, String name, JsonNode parameter) {
        if (template.startsWith("/api/v1/customers/")) {
            return String.valueOf(customerId);
        }
        if (template.startsWith("/api/v1/conversations/")) {
            return "tag".equals(name) ? "retour" : String.valueOf(conversationId);
        }
        if ("channel".equals(name)) {
            return "whatsapp";
        }
        return "integer".equals(parameter.at("/schema/type").asString()) ? "1" : "x";
    }

    private static String query(List<JsonNode> parameters, String hostileName, String hostile) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            if (!"query".equals(parameter.path("in").asString())) {
                continue;
            }
            String name = parameter.get("name").asString();
            String value = name.equals(hostileName) ? hostile : parameter.path("required").asBoolean() ? "x" : null;
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            }
        }
        return query.toString();
    }

    /** A plausible value for the schema: every property present, every array with one item. */
    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 8) {
            return NODES.nullNode();
        }
        String type = resolved.path("type").asString("object");
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(example(resolved.path("items"), depth + 1));
            case "string" -> NODES.stringNode(plausibleText(resolved));
            default -> {
                ObjectNode object = NODES.objectNode();
                resolved.path("properties").properties().forEach(property ->
                    object.set(property.getKey(), example(property.getValue(), depth + 1)));
                yield object;
            }
        };
    }

    /** Text that passes the schema's own checks, so that the hostile value elsewhere is what gets judged. */
    private static String plausibleText(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "date-time" -> "2026-01-05T09:00:00Z";
            case "email" -> "walk-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
            default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asString().substring(1));
        }
        return resolved;
    }

    /** JSON pointers to every value in the example, containers included, so each can be replaced in turn. */
    private static List<String> leaves(JsonNode node, String pointer) {
        List<String> pointers = new ArrayList<>();
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(property -> pointers.addAll(leaves(property.getValue(), pointer + "/" + property.getKey())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                pointers.addAll(leaves(array.get(i), pointer + "/" + i));
            }
        }
        return pointers;
    }

    /** The example as JSON text with the value at the pointer replaced by raw hostile JSON. */
    private static String replaced(JsonNode valid, String pointer, String hostile) {
        String marker = "\"@@hostile@@\"";
        JsonNode copy = valid.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.put(last, "@@hostile@@");
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), NODES.stringNode("@@hostile@@"));
        }
        return JSON.writeValueAsString(copy).replace(marker, hostile);
    }

}
