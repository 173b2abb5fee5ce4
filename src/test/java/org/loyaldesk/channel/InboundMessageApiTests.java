package org.loyaldesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@LoyaldeskTest
class InboundMessageApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String email;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        email = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    @Test
    void aFirstMessageCreatesTheCustomerAndTheirConversation() {
        Api.Response created = api.post("/api/v1/messages/inbound", Map.of("channel", "whatsapp",
            "from", Map.of("phone", "06 1234 5678", "email", email, "name", "Jan de Boer"),
            "subject", "Bestelling kwijt", "text", "Waar blijft mijn bestelling?", "externalId", "wa-" + email));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/conversations/" + created.id("conversationId"));
        JsonNode conversation = api.get("/api/v1/conversations/" + created.id("conversationId")).json();
        assertThat(conversation.at("/summary/subject").asString()).isEqualTo("Bestelling kwijt");
        assertThat(conversation.at("/summary/status").asString()).isEqualTo("new");
        assertThat(conversation.at("/summary/channel").asString()).isEqualTo("whatsapp");
        assertThat(conversation.at("/timeline/0/body").asString()).isEqualTo("Waar blijft mijn bestelling?");
        assertThat(conversation.at("/timeline/0/kind").asString()).isEqualTo("inbound");
        JsonNode customer = api.get("/api/v1/customers/" + created.id("customerId")).json();
        assertThat(customer.get("name").asString()).isEqualTo("Jan de Boer");
        assertThat(customer.get("contacts").findValuesAsString("value")).contains(email, "+31612345678");
    }

    @Test
    void aNulCharacterThatPostgresCannotStoreIsDroppedNotTheMessage() {
        Api.Response created = api.post("/api/v1/messages/inbound", Map.of("channel", "api",
            "from", Map.of("email", email, "name", "Jan\u0000 Smit"), "subject", "Kapot\u0000", "text", "Het scherm\u0000 is stuk"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode conversation = api.get("/api/v1/conversations/" + created.id("conversationId")).json();
        assertThat(conversation.at("/summary/subject").asString()).isEqualTo("Kapot");
        assertThat(conversation.at("/timeline/0/body").asString()).isEqualTo("Het scherm is stuk");
        assertThat(api.get("/api/v1/customers/" + created.id("customerId")).json().get("name").asString())
            .isEqualTo("Jan Smit");
    }

    @Test
    void theSameMessageDeliveredTwiceIsFiledOnce() {
        Api.Response first = api.inbound("api", email, "Hallo", "retry-" + email);
        Api.Response retry = api.inbound("api", email, "Hallo", "retry-" + email);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(messagesIn(first.id("conversationId"))).isEqualTo(1);
    }

    @Test
    void concurrentDeliveriesOfOneMessageFileItOnce() throws Exception {
        Set<String> answers = ConcurrentHashMap.newKeySet();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 8).forEach(i -> pool.submit(() -> {
                Api.Response response = api.inbound("social", email, "Tegelijk verstuurd", "race-" + email);
                statuses.add(response.status());
                answers.add(response.body());
            }));
        }
        assertThat(statuses).hasSize(8).containsOnly(200, 201);
        assertThat(statuses).containsOnlyOnce(201);
        assertThat(answers).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE external_id = ?").param("race-" + email)
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNextMessageOnAnyChannelContinuesTheCustomersActiveConversation() {
        long first = api.inbound("api", email, "Eerste bericht", null).id("conversationId");
        long second = api.inbound("api", email, "Nog een vraag", null).id("conversationId");
        long otherChannel = api.inbound("social", email, "Via social", null).id("conversationId");

        assertThat(second).isEqualTo(first);
        assertThat(otherChannel).isEqualTo(first);
        assertThat(messagesIn(first)).isEqualTo(3);
    }

    @Test
    void aCustomerWritingBackReopensASolvedConversation() {
        long conversation = api.inbound("api", email, "Kapot", null).id("conversationId");
        assertThat(api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved")).status())
            .isEqualTo(200);

        api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "Het is toch niet opgelost", "conversationId", conversation));

        JsonNode reopened = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(reopened.at("/summary/status").asString()).isEqualTo("open");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
    }

    @Test
    void aMessageAboutAClosedConversationStartsANewOneLinkedToIt() {
        long closed = api.inbound("api", email, "Vraag", null).id("conversationId");
        api.post("/api/v1/conversations/" + closed + "/status", Map.of("status", "closed"));

        long followUp = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "Nog een vraag over hetzelfde", "conversationId", closed)).id("conversationId");

        assertThat(followUp).isNotEqualTo(closed);
        assertThat(api.get("/api/v1/conversations/" + followUp).json().get("previousConversationId").asLong())
            .isEqualTo(closed);
    }

    @Test
    void invalidJsonIsRefusedWithWhereItBroke() {
        long before = allMessages();
        Api.Response response = api.postRaw("/api/v1/messages/inbound", "{\"channel\": \"api\", \"text\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.json().get("title").asString()).isEqualTo("Invalid JSON");
        assertThat(response.json().get("detail").asString()).contains("line 1");
        assertThat(allMessages()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsNamed() {
        Api.Response response = api.post("/api/v1/messages/inbound", Map.of("channel", "api",
            "from", Map.of("email", email), "text", "hoi", "priority", "urgent"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("Unknown field 'priority'");
        assertThat(customerExists()).isFalse();
    }

    @Test
    void aMessageWithoutSenderIsRefusedAndNothingIsStored() {
        long before = allMessages();
        Api.Response missing = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "text", "hoi"));
        Api.Response empty = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("name", "Anoniem"),
            "text", "hoi"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("from");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asString()).contains("needs a sender");
        assertThat(allMessages()).isEqualTo(before);
    }

    @Test
    void badValuesAreExplained() {
        assertThat(api.post("/api/v1/messages/inbound", Map.of("channel", "carrier-pigeon", "from", Map.of("email", email),
            "text", "hoi")).json().get("detail").asString()).contains("Unknown channel 'carrier-pigeon'");
        assertThat(api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", "not-an-address"),
            "text", "hoi")).json().get("detail").asString()).contains("not a valid email address");
        assertThat(api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "hoi", "conversationId", 987654321)).status()).isEqualTo(404);
        assertThat(customerExists()).isFalse();
    }

    @Test
    void aLateDeliveryKeepsTheTimeTheCustomerSentIt() {
        Instant sent = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = api.post("/api/v1/messages/inbound", Map.of("channel", "phone",
            "from", Map.of("email", email), "text", "Teruggebeld over de kapotte oplader", "receivedAt", sent.toString()));

        assertThat(created.status()).isEqualTo(201);
        JsonNode conversation = api.get("/api/v1/conversations/" + created.id("conversationId")).json();
        assertThat(Instant.parse(conversation.at("/timeline/0/createdAt").asString())).isEqualTo(sent);
    }

    @Test
    void aTimeInTheFutureOrLongAgoIsRefused() {
        Api.Response ahead = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "hoi", "receivedAt", Instant.now().plus(Duration.ofMinutes(10)).toString()));
        Api.Response old = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "hoi", "receivedAt", Instant.now().minus(Duration.ofDays(91)).toString()));

        assertThat(ahead.status()).isEqualTo(400);
        assertThat(ahead.json().get("detail").asString()).contains("in the future");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.json().get("detail").asString()).contains("more than 90 days ago");
        assertThat(customerExists()).isFalse();
    }

    @Test
    void oversizeTextIsRefused() {
        Api.Response tooLong = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "a".repeat(100_001)));
        Api.Response tooLarge = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "é".repeat(600_000)));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("limit is 100000");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(customerExists()).isFalse();
    }

    @Test
    void aWrongOrMissingTokenIsRefused() {
        Api.Response wrong = api.as("ld_not-a-real-token").inbound("api", email, "hoi", null);
        Api.Response missing = api.as(null).inbound("api", email, "hoi", null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).contains("unknown or revoked");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).contains("Bearer");
        assertThat(customerExists()).isFalse();
    }

    private long messagesIn(long conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ? AND kind = 'INBOUND'")
            .param(conversationId)
            .query(Long.class).single();
    }

    private long allMessages() {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_message").query(Long.class).single();
    }

    private boolean customerExists() {
        return jdbc.sql("SELECT COUNT(*) FROM customer_contact_point WHERE address = ?").param(email)
            .query(Long.class).single() > 0;
    }
}
