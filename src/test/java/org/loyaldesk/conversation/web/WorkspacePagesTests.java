package org.loyaldesk.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent's workspace as a new team met it on day one, defect by defect. */
@LoyaldeskTest
class WorkspacePagesTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    Api api;
    Api agentApi;
    String agentEmail;
    String agentName;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String word = UUID.randomUUID().toString().substring(0, 8);
        agentEmail = "agent-" + word + "@loyaldesk.test";
        agentName = "Agent " + word;
        long agentId = api.post("/api/v1/agents", Map.of("email", agentEmail, "name", agentName, "password", PASSWORD,
            "role", "AGENT")).id("id");
        agentApi = api.as(api.post("/api/v1/tokens", Map.of("name", "integration " + word, "role", "AGENT",
            "agentId", agentId)).json().get("secret").asString());
    }

    @Test
    void anAgentWhoTakesAConversationTookItRatherThanHandedItOverToThemselves() {
        long id = conversation("whatsapp");
        Browser browser = new Browser(port);
        browser.logIn(agentEmail, PASSWORD);

        browser.post("/conversations/" + id + "/take?lang=en", Map.of("version", String.valueOf(version(id))));
        Browser.Page english = browser.get("/conversations/" + id + "?lang=en");
        Browser.Page dutch = browser.get("/conversations/" + id + "?lang=nl");

        assertThat(english.html()).contains(agentName + " took this conversation")
            .doesNotContain("handed this conversation over");
        assertThat(dutch.html()).contains(agentName + " nam dit gesprek op zich").doesNotContain("droeg dit gesprek over");
    }

    @Test
    void aReplyHasOneLimitOnEveryChannelThatTheReplyBoxShows() {
        long id = conversation("whatsapp");
        Browser browser = new Browser(port);
        browser.logIn(agentEmail, PASSWORD);

        Browser.Page box = browser.get("/conversations/" + id + "?lang=en");
        Browser.Page refused = browser.post("/conversations/" + id + "/reply",
            Map.of("text", "Lang verhaal. ".repeat(21_429), "channel", "WHATSAPP"));
        Api.Response tooLongByApi = agentApi.post("/api/v1/conversations/" + id + "/replies",
            Map.of("text", "x".repeat(10_001), "channel", "whatsapp"));
        Api.Response longestByApi = agentApi.post("/api/v1/conversations/" + id + "/replies",
            Map.of("text", "y".repeat(10_000), "channel", "email"));

        assertThat(box.html()).contains("maxlength=\"10000\"").contains("of at most 10,000 characters");
        assertThat(refused.html()).contains("A reply is at most 10,000 characters on every channel; this one has 300,006");
        assertThat(tooLongByApi.status()).isEqualTo(400);
        assertThat(tooLongByApi.json().get("detail").asString()).contains("10000");
        assertThat(longestByApi.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/conversations/" + id).json().get("timeline").findValuesAsString("kind"))
            .containsExactly("inbound", "reply");
    }

    @Test
    void theInboxOpensOnTheAgentsOwnConversationsAndThenOnTheViewTheyLastChose() {
        Browser browser = new Browser(port);

        Browser.Page first = browser.logIn(agentEmail, PASSWORD);
        browser.get("/inbox?view=unassigned");
        Browser.Page later = browser.get("/inbox");
        browser.get("/inbox?view=all");
        Browser.Page afterLoggingInAgain = new Browser(port).logIn(agentEmail, PASSWORD);

        assertThat(activeView(first)).isEqualTo("mine");
        assertThat(activeView(later)).isEqualTo("unassigned");
        assertThat(activeView(browser.get("/inbox"))).isEqualTo("all");
        assertThat(activeView(afterLoggingInAgain)).as("another browser starts on Mine").isEqualTo("mine");
        assertThat(browser.get("/inbox?view=nonsense").status()).isEqualTo(400);
        assertThat(activeView(browser.get("/inbox"))).isEqualTo("all");
    }

    @Test
    void anInboxRowSaysHowLongTheCustomerWaitsAndWhenTheConversationLastChanged() {
        long id = conversation("email");
        Browser browser = new Browser(port);
        browser.logIn(agentEmail, PASSWORD);
        browser.post("/conversations/" + id + "/take", Map.of("version", String.valueOf(version(id))));

        String english = browser.get("/inbox?view=mine&lang=en").html();
        String dutch = browser.get("/inbox?view=mine&lang=nl").html();

        assertThat(english).containsPattern(">waiting \\d+ s</span>").containsPattern(">changed \\d+ s ago</span>");
        assertThat(dutch).containsPattern(">wacht \\d+ s</span>").containsPattern(">\\d+ s geleden gewijzigd</span>");
    }

    @Test
    void anAngryConversationLeavesTheAtRiskViewOnceAnsweredOrSolved() {
        long answered = angryConversation();
        long solved = angryConversation();
        Browser browser = new Browser(port);
        browser.logIn(agentEmail, PASSWORD);
        await().atMost(Duration.ofSeconds(20)).until(() -> atRisk(answered) && atRisk(solved));
        assertThat(browser.get("/conversations/" + answered).html()).contains("flag f-at-risk");

        agentApi.post("/api/v1/conversations/" + answered + "/replies", Map.of("text", "Het spijt me, ik zoek het nu uit."));
        agentApi.post("/api/v1/conversations/" + solved + "/status", Map.of("status", "solved"));

        assertThat(atRisk(answered)).isFalse();
        assertThat(atRisk(solved)).isFalse();
        assertThat(browser.get("/conversations/" + answered).html()).doesNotContain("flag f-at-risk");
        assertThat(browser.get("/conversations/" + solved).html()).doesNotContain("flag f-at-risk");
    }

    private long angryConversation() {
        return api.inbound("api", "boos-" + UUID.randomUUID() + "@voorbeeld.nl",
            "WAAR BLIJFT MIJN BESTELLING?! Dit is echt BELACHELIJK!!! Ik ben het zat!!!", null).id("conversationId");
    }

    private boolean atRisk(long id) {
        return api.get("/api/v1/conversations/" + id).json().at("/summary/atRisk").asBoolean();
    }

    private static String activeView(Browser.Page page) {
        java.util.regex.Matcher active = java.util.regex.Pattern.compile("href=\"/inbox\\?view=([a-z_]+)\" class=\"view active\"")
            .matcher(page.html());
        assertThat(active.find()).as("an active view on %s", page.path()).isTrue();
        return active.group(1);
    }

    private long conversation(String channel) {
        return api.inbound(channel, "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Mijn bestelling is niet aangekomen",
            null).id("conversationId");
    }

    private long version(long id) {
        return api.get("/api/v1/conversations/" + id).json().at("/summary/version").asLong();
    }
}
