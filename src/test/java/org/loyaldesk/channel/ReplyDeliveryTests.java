package org.loyaldesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.channel.outbound.WebhookSignature;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Replies reach the connector's webhook, signed; failures are retried and then shown on the message. */
@LoyaldeskTest
class ReplyDeliveryTests {

    private static final String SECRET = "connector-secret-0123456789";

    @LocalServerPort
    int port;

    Api api;
    HttpServer connector;
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger failuresToSimulate = new AtomicInteger();
    int failureStatus = 503;

    record Received(String signature, String body) {
    }

    @BeforeEach
    void setUp() throws IOException {
        api = new Api(port);
        connector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        connector.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                new String(body, StandardCharsets.UTF_8)));
            int status = failuresToSimulate.getAndDecrement() > 0 ? failureStatus : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        connector.start();
    }

    @AfterEach
    void tearDown() {
        connector.stop(0);
    }

    @Test
    void aReplyIsPostedSignedToTheChannelsWebhookAndMarkedDelivered() {
        connect("whatsapp");
        long conversation = conversationOn("whatsapp");

        long reply = reply(conversation, "Je pakket komt morgen.");

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(delivery(conversation, reply).get("deliveryStatus").asString()));
        assertThat(received).hasSize(1);
        JsonNode payload = JsonMapper.builder().build().readTree(received.getFirst().body());
        assertThat(payload.get("text").asString()).isEqualTo("Je pakket komt morgen.");
        assertThat(payload.get("channel").asString()).isEqualTo("whatsapp");
        assertThat(payload.at("/customer/contacts/0/value").asString()).endsWith("@voorbeeld.nl");
        String signature = received.getFirst().signature();
        long timestamp = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        assertThat(signature).endsWith("v1=" + WebhookSignature.hmac(SECRET, timestamp,
            received.getFirst().body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTemporaryFailureIsRetriedUntilTheReplyArrives() {
        connect("api");
        failuresToSimulate.set(1);
        long conversation = conversationOn("api");

        long reply = reply(conversation, "Tweede poging lukt");

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(delivery(conversation, reply).get("deliveryStatus").asString()));
        assertThat(delivery(conversation, reply).get("deliveryAttempts").asInt()).isEqualTo(2);
        assertThat(received).hasSize(2);
    }

    @Test
    void aReplyThatKeepsFailingIsShownAsNotDeliveredWithTheReason() {
        connect("social");
        failuresToSimulate.set(100);
        failureStatus = 500;
        long conversation = conversationOn("social");

        long reply = reply(conversation, "Komt nooit aan");

        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(delivery(conversation, reply).get("deliveryStatus").asString()));
        JsonNode message = delivery(conversation, reply);
        assertThat(message.get("deliveryAttempts").asInt()).isEqualTo(3);
        assertThat(message.get("deliveryError").asString()).contains("HTTP 500");
    }

    @Test
    void aReplyOnAChannelWithoutRouteFailsVisiblyInsteadOfPretending() {
        long conversation = conversationOn("sms");

        long reply = reply(conversation, "Nergens heen");

        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(delivery(conversation, reply).get("deliveryStatus").asString()));
        assertThat(delivery(conversation, reply).get("deliveryError").asString()).contains("No outbound route for the sms channel");
        assertThat(received).isEmpty();
    }

    private void connect(String channel) {
        assertThat(api.put("/api/v1/settings/webhooks/" + channel, Map.of("url",
            "http://127.0.0.1:" + connector.getAddress().getPort() + "/hook", "secret", SECRET)).status()).isEqualTo(200);
    }

    private long conversationOn(String channel) {
        return api.inbound(channel, "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Vraag", null).id("conversationId");
    }

    private long reply(long conversation, String text) {
        JsonNode timeline = api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", text)).json()
            .get("timeline");
        return timeline.get(timeline.size() - 1).get("id").asLong();
    }

    private JsonNode delivery(long conversation, long message) {
        for (JsonNode entry : api.get("/api/v1/conversations/" + conversation).json().get("timeline")) {
            if (entry.get("id").asLong() == message) {
                return entry;
            }
        }
        throw new AssertionError("message " + message + " is not on the timeline");
    }
}
