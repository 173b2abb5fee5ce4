package org.loyaldesk.chat;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A visitor chats on a shop's site: the bot answers from the help centre, a person takes over in the same
 * conversation, and every line reaches the widget exactly once, across reconnects.
 */
@LoyaldeskTest
class ChatTests {

    static final String PASSWORD = "chat-agent-password-1";

    @LocalServerPort
    int port;

    @Autowired
    ChatVisitors visitors;

    @Autowired
    ChatSessions sessions;

    Api admin;
    Api agent;
    InputStream agentScreen;
    String word;

    @BeforeEach
    void anAgentHasTheWorkspaceOpen() {
        admin = new Api(port);
        word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String email = "chat-agent-" + UUID.randomUUID() + "@loyaldesk.test";
        long agentId = admin.post("/api/v1/agents", Map.of("email", email, "name", "Anna Jansen", "password", PASSWORD,
            "role", "AGENT")).id("id");
        agent = admin.as(admin.post("/api/v1/tokens", Map.of("name", "anna", "role", "AGENT", "agentId", agentId))
            .json().get("secret").asString());
        Browser browser = new Browser(port);
        browser.logIn(email, PASSWORD);
        agentScreen = browser.stream("/live/inbox");
    }

    @AfterEach
    void closeTheScreen() throws Exception {
        agentScreen.close();
    }

    @Test
    void theBotAnswersAQuestionTheHelpCentreAnswersWithItsArticles() {
        article("nl", "Koffiemachine ontkalken " + word, "<p>Ontkalk de koffiemachine " + word + " elke maand met azijn.</p>");
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Api.Response sent = widget.say("Hoe moet ik mijn koffiemachine " + word + " ontkalken?",
                    UUID.randomUUID().toString(), "nl");
                assertThat(sent.status()).as(sent.body()).isEqualTo(200);
                assertThat(widget.lines().stream().filter(line -> line.get("author").asString().equals("bot"))
                    .flatMap(line -> line.get("articles").valueStream()).map(article -> article.get("title").asString()))
                    .contains("Koffiemachine ontkalken " + word);
            });

            JsonNode answer = widget.awaitLine(line -> line.get("author").asString().equals("bot"));
            assertThat(answer.get("text").asString()).isEqualTo("Dit vond ik in ons helpcentrum:");
            assertThat(answer.get("askHelpful").asBoolean()).isTrue();
            assertThat(answer.get("articles").get(0).get("url").asString())
                .startsWith("http://localhost:" + port + "/help/nl/");
            assertThat(session(widget).state()).isEqualTo(ChatState.BOT);
            assertThat(session(widget).conversationId()).as("nothing in the agents' inbox while the bot answers").isNull();
        }
    }

    @Test
    void askingForAPersonPutsTheWholeChatInOneConversationAndTheAgentsReplyComesBackLive() {
        article("en", "Descaling the grinder " + word, "<p>Descale the grinder " + word + " monthly.</p>");
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                widget.say("How do I descale the grinder " + word + "?");
                assertThat(widget.lines()).anyMatch(line -> line.get("author").asString().equals("bot")
                    && !line.get("articles").isEmpty());
            });
            widget.say("That did not do it, my grinder " + word + " still clogs");

            assertThat(widget.send("/chat/person", Map.of("lang", "en")).status()).isEqualTo(204);

            widget.awaitState(state -> state.get("state").asString().equals("waiting"));
            long conversation = session(widget).conversationId();
            JsonNode timeline = admin.get("/api/v1/conversations/" + conversation).json().get("timeline");
            assertThat(bodies(timeline, "INBOUND")).anyMatch(body -> body.startsWith("How do I descale the grinder " + word))
                .anyMatch(body -> body.startsWith("That did not do it"));
            assertThat(bodies(timeline, "NOTE")).anyMatch(note -> note.contains("Descaling the grinder " + word)
                && note.contains("the visitor asked for a person"));

            agent.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Hi, Anna here. Let's fix it."));

            JsonNode reply = widget.awaitLine(line -> line.get("author").asString().equals("agent"));
            assertThat(reply.get("text").asString()).isEqualTo("Hi, Anna here. Let's fix it.");
            assertThat(reply.get("name").asString()).isEqualTo("Anna Jansen");
            assertThat(widget.awaitState(state -> state.get("state").asString().equals("live")).get("agent").asString())
                .isEqualTo("Anna Jansen");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveryOf(conversation,
                "Hi, Anna here. Let's fix it.")).isEqualTo("sent"));

            widget.say("Thanks, what should I do first?");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(bodies(admin.get("/api/v1/conversations/"
                + conversation).json().get("timeline"), "INBOUND")).contains("Thanks, what should I do first?"));
        }
    }

    @Test
    void aReconnectingWidgetGetsEachLineItMissedExactlyOnce() {
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.send("/chat/person", Map.of());
            widget.say("My order " + word + " never arrived");
            long conversation = awaitConversation(widget);
            agent.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "First reply"));
            widget.awaitLine(line -> line.get("text").asString().equals("First reply"));
            long seen = widget.lastLineId();

            widget.close();
            agent.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Second reply, while you were away"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveryOf(conversation,
                "Second reply, while you were away")).isEqualTo("sent"));
            widget.events.clear();
            widget.connect(seen);

            widget.awaitLine(line -> line.get("text").asString().equals("Second reply, while you were away"));
            List<String> texts = widget.named("line").stream().map(event -> event.data().get("text").asString()).toList();
            assertThat(texts).containsOnlyOnce("Second reply, while you were away").doesNotContain("First reply");
        }
    }

    @Test
    void aMessageSentTwiceIsStoredAndFiledOnce() {
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.send("/chat/person", Map.of());
            String clientId = UUID.randomUUID().toString();

            Api.Response first = widget.say("Where is parcel " + word + "?", clientId, "en");
            Api.Response retry = widget.say("Where is parcel " + word + "?", clientId, "en");

            assertThat(first.status()).isEqualTo(200);
            assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
            assertThat(retry.json().get("duplicate").asBoolean()).isTrue();
            long conversation = awaitConversation(widget);
            assertThat(bodies(admin.get("/api/v1/conversations/" + conversation).json().get("timeline"), "INBOUND"))
                .containsOnlyOnce("Where is parcel " + word + "?");
        }
    }

    @Test
    void anAngryVisitorGoesToAPersonAtOnce() {
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.say("This is absolutely ridiculous, worst service ever, I am furious and disgusted!!");

            widget.awaitState(state -> state.get("state").asString().equals("waiting"));
            assertThat(widget.lines()).noneMatch(line -> line.get("author").asString().equals("bot"));
            long conversation = awaitConversation(widget);
            assertThat(bodies(admin.get("/api/v1/conversations/" + conversation).json().get("timeline"), "NOTE"))
                .anyMatch(note -> note.contains("the visitor sounded angry"));
        }
    }

    private ChatSession session(WidgetClient widget) {
        return sessions.latest(visitors.authenticate(widget.visitor, widget.token).id()).orElseThrow();
    }

    private long awaitConversation(WidgetClient widget) {
        await().atMost(Duration.ofSeconds(10)).until(() -> session(widget).conversationId() != null);
        return session(widget).conversationId();
    }

    private String deliveryOf(long conversation, String text) {
        for (JsonNode entry : admin.get("/api/v1/conversations/" + conversation).json().get("timeline")) {
            if (entry.get("body").asString().equals(text)) {
                return entry.get("deliveryStatus").asString();
            }
        }
        return null;
    }

    static List<String> bodies(JsonNode timeline, String kind) {
        return timeline.valueStream().filter(entry -> entry.get("kind").asString().equalsIgnoreCase(kind))
            .map(entry -> entry.get("body").asString()).toList();
    }

    private void article(String language, String title, String body) {
        Api.Response made = admin.post("/api/v1/articles", Map.of("language", language, "title", title, "body", body,
            "status", "published"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
}
