package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text that PostgreSQL cannot keep (a NUL) or that is not Unicode at all (an unpaired surrogate)
 * is refused at every API door with a 400 that names the field, on H2 and PostgreSQL alike,
 * instead of a 500 from the database.
 */
@LoyaldeskTest
class UnstorableTextTests {

    /** JSON escapes, written into the body as they arrive from a hostile client. */
    static final Map<String, String> HOSTILE = Map.of("NUL", "a\\u0000b", "lone surrogate", "a\\ud800b");

    @LocalServerPort
    int port;

    Api api;
    Target target;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        target = Target.made(api);
    }

    /** method, path, body with %s for the hostile text, and the field the answer must name. */
    static Stream<Arguments> doors() {
        Stream<String[]> doors = Stream.of(
            new String[] { "POST", "/api/v1/teams", "{\"name\":\"%s\"}", "name" },
            new String[] { "POST", "/api/v1/agents", "{\"email\":\"nul@loyaldesk.test\",\"name\":\"%s\","
                + "\"password\":\"correct-horse-battery\",\"role\":\"AGENT\"}", "name" },
            new String[] { "POST", "/api/v1/tokens", "{\"name\":\"%s\",\"role\":\"AGENT\"}", "name" },
            new String[] { "POST", "/api/v1/settings/mailboxes", "{\"address\":\"nul@loyaldesk.test\",\"displayName\":\"%s\"}",
                "displayName" },
            new String[] { "PUT", "/api/v1/settings/webhooks/whatsapp",
                "{\"url\":\"https://example.org/%s\",\"secret\":\"0123456789abcdef0123\"}", "url" },
            new String[] { "POST", "/api/v1/customers/{customer}/orders", "{\"orderNumber\":\"%s\",\"orderedAt\":"
                + "\"2026-01-05T09:00:00Z\",\"lines\":[{\"sku\":\"A1\",\"quantity\":1,\"amount\":10}]}", "orderNumber" },
            new String[] { "POST", "/api/v1/customers/{customer}/orders", "{\"orderNumber\":\"N1\",\"orderedAt\":"
                + "\"2026-01-05T09:00:00Z\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1,\"amount\":10}]}", "lines[0].sku" },
            new String[] { "POST", "/api/v1/customers/{customer}/contacts", "{\"kind\":\"external\",\"value\":\"x:%s\"}", "value" },
            new String[] { "POST", "/api/v1/customers/{customer}/churned", "{\"reason\":\"%s\"}", "reason" },
            new String[] { "PUT", "/api/v1/conversations/{conversation}/contact-reason", "{\"contactReason\":\"%s\"}",
                "contactReason" },
            new String[] { "POST", "/api/v1/conversations/{conversation}/recovery-actions",
                "{\"kind\":\"apology\",\"note\":\"%s\"}", "note" },
            new String[] { "POST", "/api/v1/conversations/{conversation}/notes", "{\"text\":\"%s\"}", "text" },
            new String[] { "POST", "/api/v1/conversations/{conversation}/replies",
                "{\"text\":\"Hierbij\",\"attachments\":[{\"name\":\"%s\",\"contentBase64\":\"aGk=\"}]}", "attachments[0].name" },
            new String[] { "POST", "/api/v1/conversations/import", "{\"conversations\":[{\"customer\":{\"email\":"
                + "\"oud@voorbeeld.nl\"},\"channel\":\"email\",\"status\":\"solved\",\"messages\":[{\"kind\":\"inbound\","
                + "\"at\":\"2026-01-05T09:00:00Z\",\"text\":\"%s\"}]}]}", "conversations[0].messages[0].text" },
            new String[] { "POST", "/api/v1/text/analyze", "{\"text\":\"%s\"}", "text" });
        return doors.flatMap(door -> HOSTILE.entrySet().stream()
            .map(hostile -> Arguments.of(door[0] + " " + door[1] + " " + door[3] + " with a " + hostile.getKey(),
                door[0], door[1], door[2].formatted(hostile.getValue()), door[3])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void aJsonFieldTheDatabaseCannotKeepIsRefusedByName(String name, String method, String path, String body, String field) {
        Api.Response answer = target.send(method, path, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("'" + field + "'");
    }

    /** A customer's message from a connector is never lost over a character nobody can see: it is cleaned. */
    @ParameterizedTest(name = "a {0} in a connector's message")
    @MethodSource("hostileKinds")
    void aCustomersMessageFromAConnectorIsKeptWithoutWhatTheDatabaseCannotKeep(String kind, String hostile,
                                                                              String cleaned) {
        String handle = "walk" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"channel\":\"whatsapp\",\"from\":{\"handle\":\"" + handle + hostile + "\",\"name\":\"Jan"
            + hostile + "\"},\"subject\":\"Kapot" + hostile + "\",\"text\":\"Het scherm" + hostile + "\",\"externalId\":\"wa-"
            + handle + hostile + "\"}";

        Api.Response created = api.postRaw("/api/v1/messages/inbound", body);
        Api.Response again = api.postRaw("/api/v1/messages/inbound", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(again.status()).as("the same external id, delivered again").isEqualTo(200);
        var conversation = api.get("/api/v1/conversations/" + created.id("conversationId")).json();
        assertThat(conversation.at("/summary/subject").asString()).isEqualTo("Kapot" + cleaned);
        assertThat(conversation.at("/timeline/0/body").asString()).isEqualTo("Het scherm" + cleaned);
    }

    static Stream<Arguments> hostileKinds() {
        return Stream.of(Arguments.of("NUL", "\\u0000", ""), Arguments.of("lone surrogate", "\\ud800", "\uFFFD"));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
            Arguments.of("/api/v1/conversations?tag=a%00b", "tag"),
            Arguments.of("/api/v1/conversations?cursor=%00", "cursor"),
            Arguments.of("/api/v1/customers?q=a%00b", "q"),
            Arguments.of("/api/v1/audit?subjectType=%00", "subjectType"),
            Arguments.of("/api/v1/conversations?status=%ED%A0%80", "percent-encoded"),
            Arguments.of("/api/v1/conversations?tag=%C3%28", "percent-encoded"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryParameterThatIsNotStorableTextIsRefused(String path, String named) {
        Api.Response answer = api.get(path);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains(named);
    }
}
