package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input that passed the checks and then failed in the database or deep in the code (a 500) is
 * now refused up front with a 4xx problem that says what is wrong.
 */
@LoyaldeskTest
class MissingChecksTests {

    static final String IMPORTED = "{\"customer\":{\"email\":\"oud@voorbeeld.nl\"},\"channel\":\"email\",\"status\":\"solved\","
        + "\"messages\":[{\"kind\":\"inbound\",\"at\":\"2026-01-05T09:00:00Z\",\"text\":\"Mijn vraag\"}]}";

    @LocalServerPort
    int port;

    Api api;
    Target target;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        target = Target.made(api);
    }

    static String order(String lines) {
        return "{\"orderNumber\":\"" + UUID.randomUUID() + "\",\"orderedAt\":\"2026-01-05T09:00:00Z\",\"lines\":" + lines + "}";
    }

    /** name, method, path, body, the status expected and a word the problem's detail must hold. */
    static Stream<Arguments> hostileBodies() {
        return Stream.of(
            Arguments.of("an order line amount over the column's precision", "POST", "/api/v1/customers/{customer}/orders",
                order("[{\"sku\":\"A1\",\"quantity\":1,\"amount\":123456789012.5}]"), 400, "amount"),
            Arguments.of("an order line amount with more than cents", "POST", "/api/v1/customers/{customer}/orders",
                order("[{\"sku\":\"A1\",\"quantity\":1,\"amount\":1.005}]"), 400, "amount"),
            Arguments.of("an order total over the column's precision", "POST", "/api/v1/customers/{customer}/orders",
                order("[{\"sku\":\"A1\",\"quantity\":1,\"amount\":9999999999.99},{\"sku\":\"A2\",\"quantity\":1,"
                    + "\"amount\":9999999999.99}]"), 400, "total"),
            Arguments.of("a null order line", "POST", "/api/v1/customers/{customer}/orders", order("[null]"), 400, "lines"),
            Arguments.of("a null attachment", "POST", "/api/v1/conversations/{conversation}/replies",
                "{\"text\":\"Hierbij\",\"attachments\":[null]}", 400, "attachments"),
            Arguments.of("a 300-character attachment content type", "POST", "/api/v1/conversations/{conversation}/replies",
                "{\"text\":\"Hierbij\",\"attachments\":[{\"name\":\"a.txt\",\"contentType\":\"text/" + "x".repeat(295)
                    + "\",\"contentBase64\":\"aGk=\"}]}", 400, "contentType"),
            Arguments.of("a null imported conversation", "POST", "/api/v1/conversations/import",
                "{\"conversations\":[null]}", 400, "conversations"),
            Arguments.of("a null imported message", "POST", "/api/v1/conversations/import",
                "{\"conversations\":[" + IMPORTED.replace("\"messages\":[", "\"messages\":[null,") + "]}", 400, "messages"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void aBodyTheDatabaseWouldRefuseIsRefusedFirst(String name, String method, String path, String body, int status,
                                                   String named) {
        Api.Response answer = target.send(method, path, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains(named);
    }

    @Test
    void aSupportAddressSetUpTwiceIsAConflict() {
        String address = "support-" + UUID.randomUUID() + "@loyaldesk.test";
        Api.Response first = api.post("/api/v1/settings/mailboxes", Map.of("address", address));
        Api.Response again = api.post("/api/v1/settings/mailboxes", Map.of("address", address.toUpperCase()));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.header("Content-Type")).hasValue("application/problem+json");
        assertThat(api.get("/api/v1/settings/mailboxes").json().findValuesAsString("address")).containsOnlyOnce(address);
    }
}
