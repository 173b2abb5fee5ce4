package org.loyaldesk.chat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who the visitor is, what they send besides text, and what they see of the agent: a shop's signed customer is
 * the same customer as on email, files go both ways only to their own chat, the agent's typing and reading show
 * in the widget, and a solved chat asks how easy it was.
 */
@LoyaldeskTest
class ChatVisitorsTests {

    private static final Pattern SECRET = Pattern.compile("(lds_[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    ChatVisitors visitors;

    @Autowired
    ChatSessions sessions;

    Api admin;
    Browser adminBrowser;
    Browser agentBrowser;
    InputStream agentScreen;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        String email = "chat-lead-" + UUID.randomUUID() + "@loyaldesk.test";
        admin.post("/api/v1/agents", Map.of("email", email, "name", "Bram de Vries", "password", ChatTests.PASSWORD,
            "role", "ADMIN"));
        adminBrowser = new Browser(port);
        adminBrowser.logIn(email, ChatTests.PASSWORD);
        agentBrowser = adminBrowser;
        agentScreen = agentBrowser.stream("/live/inbox");
    }

    @AfterEach
    void closeTheScreen() throws Exception {
        agentScreen.close();
    }

    @Test
    void aShopsSignedCustomerChatsAsTheSameCustomerAsOnEmail() {
        String email = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
        long customer = admin.inbound("email", email, "Vraag over mijn bestelling", null).id("customerId");
        String secret = newSecret();

        try (WidgetClient widget = WidgetClient.newVisitor(port, Map.of("identity",
                sign(Map.of("id", "shop-991", "email", email, "name", "Jan Klant",
                    "exp", Instant.now().plusSeconds(600).getEpochSecond()), secret))).connect()) {
            widget.send("/chat/person", Map.of());
            widget.say("Is mijn bestelling al onderweg?", UUID.randomUUID().toString(), "nl");

            long conversation = awaitConversation(widget);
            JsonNode detail = admin.get("/api/v1/conversations/" + conversation).json();
            assertThat(detail.at("/summary/customerId").asLong()).isEqualTo(customer);
            assertThat(ChatTests.bodies(detail.get("timeline"), "INBOUND")).contains("Is mijn bestelling al onderweg?");
        }
    }

    @Test
    void anUnsignedTamperedOrExpiredIdentityIsRefused() {
        String secret = newSecret();
        String email = "victim-" + UUID.randomUUID() + "@voorbeeld.nl";
        String valid = sign(Map.of("email", email, "exp", Instant.now().plusSeconds(600).getEpochSecond()), secret);
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"email\":\"attacker@evil.example\","
            + "\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        String tampered = otherPayload + valid.substring(valid.indexOf('.'));
        String base = "http://localhost:" + port;

        for (String identity : new String[] { tampered, "{\"email\":\"" + email + "\"}", "abc.def", "no-dot",
            sign(Map.of("email", email, "exp", Instant.now().minusSeconds(5).getEpochSecond()), secret),
            sign(Map.of("email", email, "exp", Instant.now().plusSeconds(600).getEpochSecond()), "guessed-secret"),
            sign(Map.of("email", email, "exp", Instant.now().plus(Duration.ofDays(30)).getEpochSecond()), secret) }) {
            Api.Response refused = WidgetClient.post(base, "/chat/visitors", Map.of("identity", identity), null);
            ChatInputTests.assertRefused(refused, 403, "invalid-identity");
        }
        assertThat(WidgetClient.post(base, "/chat/visitors", Map.of("identity", valid), null).status()).isEqualTo(201);
    }

    @Test
    void aFileHandsTheChatToAPersonAndOnlyItsVisitorCanOpenIt() {
        byte[] photo = "PNG photo of the broken grinder".getBytes(StandardCharsets.UTF_8);
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect(); WidgetClient other = WidgetClient.newVisitor(port)) {
            Api.Response sent = widget.sendFile(UUID.randomUUID().toString(), "grinder.png", photo);
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);

            widget.awaitState(state -> state.get("state").asString().equals("waiting"));
            JsonNode line = widget.awaitLine(shown -> shown.get("files").size() == 1);
            String url = line.get("files").get(0).get("url").asString();
            assertThat(line.get("files").get(0).get("name").asString()).isEqualTo("grinder.png");
            assertThat(widget.open(url, widget.visitor, widget.token).body().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo(photo);
            assertThat(widget.open(url, other.visitor, other.token).status()).isEqualTo(404);
            assertThat(widget.open(url, widget.visitor, other.token).status()).isEqualTo(403);

            long conversation = awaitConversation(widget);
            assertThat(adminBrowser.get("/conversations/" + conversation).html()).contains("grinder.png");
        }
    }

    @Test
    void theVisitorSeesTheAgentTypingAndReadingAndTheAgentSeesTheVisitorTyping() {
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.send("/chat/person", Map.of());
            long line = widget.say("Hallo, is er iemand?", UUID.randomUUID().toString(), "nl").json().get("id").asLong();
            long conversation = awaitConversation(widget);

            adminBrowser.get("/conversations/" + conversation);
            adminBrowser.post("/conversations/" + conversation + "/presence", Map.of("typing", "true"));

            await().atMost(Duration.ofSeconds(10)).until(() -> widget.named("typing").stream()
                .anyMatch(event -> event.data().get("typing").asBoolean()
                    && event.data().get("name").asString().equals("Bram de Vries")));
            await().atMost(Duration.ofSeconds(10)).until(() -> widget.named("read").stream()
                .anyMatch(event -> event.data().get("upTo").asLong() >= line));

            widget.send("/chat/typing", Map.of("typing", true));
            assertThat(adminBrowser.get("/conversations/" + conversation).html()).contains("The visitor is typing");
        }
    }

    @Test
    void aSolvedChatAsksHowEasyItWasAndTheAnswerIsShownToTheAgents() {
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.send("/chat/person", Map.of());
            widget.say("Kan ik mijn abonnement pauzeren?", UUID.randomUUID().toString(), "nl");
            long conversation = awaitConversation(widget);
            admin.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Ja, dat kan in je account."));

            admin.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

            widget.awaitState(state -> state.get("state").asString().equals("ended") && state.get("askSurvey").asBoolean());
            assertThat(widget.send("/chat/survey", Map.of("score", 6)).status()).isEqualTo(204);
            widget.awaitState(state -> state.get("state").asString().equals("ended") && !state.get("askSurvey").asBoolean());
            assertThat(adminBrowser.get("/conversations/" + conversation).html())
                .contains("Effort score after the chat: 6 of 7");
        }
    }

    private String newSecret() {
        adminBrowser.get("/settings/chat");
        Browser.Page page = adminBrowser.post("/settings/chat/identity-secret", Map.of());
        Matcher secret = SECRET.matcher(page.html());
        assertThat(secret.find()).as(page.html()).isTrue();
        assertThat(adminBrowser.get("/settings/chat").html()).doesNotContain(secret.group(1));
        return secret.group(1);
    }

    static String sign(Map<String, Object> claims, String secret) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(tools.jackson.databind.json.JsonMapper
            .builder().build().writeValueAsString(claims).getBytes(StandardCharsets.UTF_8));
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(SignedIdentity.sign(payload, secret));
    }

    private long awaitConversation(WidgetClient widget) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sessions.latest(visitors.authenticate(widget.visitor,
            widget.token).id()).map(ChatSession::conversationId).isPresent());
        return sessions.latest(visitors.authenticate(widget.visitor, widget.token).id()).orElseThrow().conversationId();
    }
}
