package org.loyaldesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@LoyaldeskTest
class CustomerApiTests {

    @LocalServerPort
    int port;

    Api api;
    String email;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        email = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    @Test
    void theCustomer360ShowsConversationsOnEveryChannelAndWhatTheyBought() {
        long customer = api.inbound("api", email, "Via de app, over bestelling KK-1001", null).id("customerId");
        api.post("/api/v1/messages/inbound", Map.of("channel", "phone", "from", Map.of("email", email),
            "text", "Telefoonnotitie: belt over een andere bestelling: KK-0999"));
        api.post("/api/v1/customers/" + customer + "/orders", order("KK-1001", "349.00"));

        JsonNode profile = api.get("/api/v1/customers/" + customer).json();

        assertThat(profile.get("conversations").findValuesAsString("channel")).containsExactlyInAnyOrder("api", "phone");
        assertThat(profile.get("orders").get(0).get("orderNumber").asString()).isEqualTo("KK-1001");
        assertThat(profile.at("/orders/0/lines/0/product").asString()).isEqualTo("Espressomachine Barista 200");
        assertThat(profile.get("lifetimeValue").decimalValue()).isEqualByComparingTo("349.00");
    }

    @Test
    void importingTheSameOrderAgainReplacesIt() {
        long customer = api.inbound("api", email, "Hallo", null).id("customerId");

        Api.Response first = api.post("/api/v1/customers/" + customer + "/orders", order("KK-" + UUID.randomUUID(), "10.00"));
        String number = first.json().at("/orders/0/orderNumber").asString();
        Api.Response again = api.post("/api/v1/customers/" + customer + "/orders", order(number, "12.50"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("orders")).hasSize(1);
        assertThat(again.json().at("/orders/0/total").decimalValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void anOrderOfAnotherCustomerOrWithBadLinesIsRefused() {
        long customer = api.inbound("api", email, "Hallo", null).id("customerId");
        long other = api.inbound("api", "other-" + email, "Hallo", null).id("customerId");
        String number = "KK-" + UUID.randomUUID();
        api.post("/api/v1/customers/" + customer + "/orders", order(number, "10.00"));

        assertThat(api.post("/api/v1/customers/" + other + "/orders", order(number, "10.00")).status()).isEqualTo(409);
        Api.Response noLines = api.post("/api/v1/customers/" + customer + "/orders",
            Map.of("orderNumber", "KK-empty", "orderedAt", "2026-11-01T10:00:00Z", "lines", List.of()));
        Api.Response negative = api.post("/api/v1/customers/" + customer + "/orders", order("KK-neg", "-5.00"));
        Api.Response badDate = api.post("/api/v1/customers/" + customer + "/orders",
            Map.of("orderNumber", "KK-date", "orderedAt", "gisteren", "lines", List.of()));

        assertThat(noLines.status()).isEqualTo(400);
        assertThat(noLines.json().get("detail").asString()).contains("lines");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("detail").asString()).contains("orderedAt");
        assertThat(api.get("/api/v1/customers/" + customer).json().get("orders")).hasSize(1);
        assertThat(api.post("/api/v1/customers/999999/orders", order("KK-x", "1.00")).status()).isEqualTo(404);
    }

    @Test
    void mergingMovesEverythingAndLosesNothing() {
        Api.Response work = api.inbound("api", "werk-" + email, "Vanaf mijn werkadres", null);
        Api.Response home = api.post("/api/v1/messages/inbound", Map.of("channel", "whatsapp",
            "from", Map.of("phone", "+31 6 " + (10000000 + (int) (Math.random() * 8999999)), "name", "Jan"),
            "text", "Via WhatsApp"));
        long survivor = work.id("customerId");
        long duplicate = home.id("customerId");
        api.post("/api/v1/customers/" + duplicate + "/orders", order("KK-" + UUID.randomUUID(), "59.95"));

        Api.Response merged = api.post("/api/v1/customers/" + survivor + "/merge", Map.of("duplicateId", duplicate));

        assertThat(merged.status()).isEqualTo(200);
        JsonNode profile = merged.json();
        assertThat(profile.get("contacts").findValuesAsString("kind")).containsExactlyInAnyOrder("email", "phone");
        assertThat(profile.get("orders")).hasSize(1);
        assertThat(profile.get("conversations").findValuesAsString("channel")).containsExactlyInAnyOrder("api", "whatsapp");
        assertThat(api.get("/api/v1/customers/" + duplicate).json().get("mergedInto").asLong()).isEqualTo(survivor);
        assertThat(api.get("/api/v1/audit?subjectType=customer&subjectId=" + survivor).json()
            .findValuesAsString("action")).contains("customer.merged");
        // the next message from the merged phone number lands with the survivor
        assertThat(api.post("/api/v1/messages/inbound", Map.of("channel", "whatsapp",
            "from", Map.of("phone", profile.get("contacts").findValuesAsString("value").stream()
                .filter(value -> value.startsWith("+")).findFirst().orElseThrow()), "text", "Nog een vraag"))
            .id("customerId")).isEqualTo(survivor);
    }

    @Test
    void mergeMistakesAreRefused() {
        long customer = api.inbound("api", email, "Hallo", null).id("customerId");

        Api.Response self = api.post("/api/v1/customers/" + customer + "/merge", Map.of("duplicateId", customer));
        Api.Response unknown = api.post("/api/v1/customers/" + customer + "/merge", Map.of("duplicateId", 987654));
        Api.Response missing = api.post("/api/v1/customers/" + customer + "/merge", Map.of());

        assertThat(self.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void anAddressOfAnotherCustomerCannotBeAddedTwice() {
        long customer = api.inbound("api", email, "Hallo", null).id("customerId");
        long other = api.inbound("api", "ander-" + UUID.randomUUID() + "@voorbeeld.nl", "Hallo", null).id("customerId");

        Api.Response taken = api.post("/api/v1/customers/" + other + "/contacts", Map.of("kind", "email", "value", email));
        Api.Response added = api.post("/api/v1/customers/" + customer + "/contacts",
            Map.of("kind", "external", "value", "instagram:@jan"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).contains("merge");
        assertThat(added.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/customers?q=" + email).json().findValuesAsString("displayName")).hasSize(1);
    }

    private static Map<String, Object> order(String number, String amount) {
        return Map.of("orderNumber", number, "orderedAt", "2026-10-01T10:00:00Z", "currency", "EUR",
            "lines", List.of(Map.of("sku", "KK-ESP-200", "name", "Espressomachine Barista 200", "quantity", 1,
                "amount", amount)));
    }
}
