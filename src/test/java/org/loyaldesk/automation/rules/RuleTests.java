package org.loyaldesk.automation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Rules as an admin sets them up: a time rule that solves what waited three days, exactly once however many nodes
 * look; rules on events that stop at a daily cap; a dry run that only says; and rules that do not make sense refused.
 * Each rule here names a tag only its own conversations carry, because the application is shared with other tests.
 */
@LoyaldeskTest
class RuleTests {

    private static final String PATH = "/api/v1/automation/rules";

    @LocalServerPort
    int port;

    @Autowired
    TimeRules timeRules;

    @Autowired
    RuleFirings firings;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String word;
    final List<Long> rules = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        word = "r" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void switchOff() {
        rules.forEach(id -> api.delete(PATH + "/" + id));
    }

    @Test
    void aTimeRuleSolvesAConversationPendingForThreeDaysExactlyOnce() throws Exception {
        long waiting = conversation("Waar blijft mijn pakket? Ik hoor niets meer.");
        long recent = conversation("Ik wacht ook op een pakket.");
        for (long id : List.of(waiting, recent)) {
            api.put("/api/v1/conversations/" + id + "/tags/" + word, Map.of());
            api.post("/api/v1/conversations/" + id + "/status", Map.of("status", "pending"));
        }
        Instant now = Instant.now();
        backdate(waiting, now.minus(Duration.ofHours(73)));
        backdate(recent, now.minus(Duration.ofHours(71)));
        long rule = rule(Map.of("name", "Pending 3 days " + word, "active", true, "trigger", "time-passed",
            "waitStatus", "pending", "waitHours", 72, "conditions", List.of(condition("tag", "is", word)),
            "actions", List.of(action("status", "solved"))));

        // two nodes at the same moment, then the next minute again
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> awaitThenRun(start, now));
        var second = CompletableFuture.supplyAsync(() -> awaitThenRun(start, now));
        start.countDown();
        int fired = first.get() + second.get() + timeRules.run(now.plusSeconds(60));

        assertThat(fired).isEqualTo(1);
        assertThat(status(waiting)).isEqualTo("solved");
        assertThat(status(recent)).isEqualTo("pending");
        assertThat(firings.count(rule, waiting)).isEqualTo(1);
        JsonNode detail = api.get("/api/v1/conversations/" + waiting).json();
        assertThat(Timelines.of(detail, Set.of("note"), "body")).filteredOn(body -> body.contains(word)).hasSize(1)
            .first().asString().contains("Opgelost", "tijd verstreken");
    }

    @Test
    void aRuleOnMessagesStopsAtTheDailyCapPerConversation() {
        String email = "klant-" + word + "@voorbeeld.nl";
        long conversation = api.post("/api/v1/messages/inbound", Map.of("channel", "email",
            "from", Map.of("email", email), "text", "Hallo, een vraag over mijn bestelling.")).id("conversationId");
        api.put("/api/v1/conversations/" + conversation + "/tags/" + word, Map.of());
        long rule = rule(Map.of("name", "Every message " + word, "active", true, "trigger", "message-received",
            "conditions", List.of(condition("tag", "is", word), condition("channel", "is", "email")),
            "actions", List.of(action("priority", "high"), action("tag", "seen-" + word))));

        for (int i = 0; i < 12; i++) {
            api.post("/api/v1/messages/inbound", Map.of("channel", "email", "conversationId", conversation,
                "from", Map.of("email", email), "text", "Nog een bericht " + i));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> firings.count(rule, conversation) >= 10);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
            .until(() -> firings.count(rule, conversation) == 10);
        JsonNode summary = api.get("/api/v1/conversations/" + conversation).json().get("summary");
        assertThat(summary.get("priority").asString()).isEqualTo("high");
        assertThat(summary.get("tags").toString()).contains("seen-" + word);
    }

    @Test
    void aDryRunSaysWhichRecentConversationsWouldMatchAndChangesNothing() {
        long tagged = conversation("Mijn bestelling is kapot.");
        long other = conversation("Mijn bestelling is ook kapot.");
        api.put("/api/v1/conversations/" + tagged + "/tags/" + word, Map.of());
        Map<String, Object> body = Map.of("name", "Try " + word, "trigger", "message-received",
            "conditions", List.of(condition("tag", "is", word)), "actions", List.of(action("priority", "urgent")));

        JsonNode dryRun = api.post(PATH + "/dry-run?last=20", body).json();

        assertThat(dryRun.get("examined").asInt()).isBetween(2, 20);
        assertThat(dryRun.get("matches").findValuesAsString("conversationId")).contains(String.valueOf(tagged))
            .doesNotContain(String.valueOf(other));
        assertThat(dryRun.get("matches").get(0).get("wouldDo").get(0).asString()).containsIgnoringCase("urgent");
        assertThat(api.get("/api/v1/conversations/" + tagged).json().at("/summary/priority").asString())
            .isEqualTo("normal");
        assertThat(api.get(PATH).body()).doesNotContain("Try " + word);
    }

    @Test
    void rulesThatDoNotMakeSenseAreRefusedAndNeverSaved() {
        Map<String, Object> base = Map.of("name", "Bad " + word, "trigger", "message-received",
            "actions", List.of(action("tag", "x")));

        assertThat(save(base, "conditions", List.of(condition("colour", "is", "red")))).isEqualTo(422);
        assertThat(save(base, "conditions", List.of(condition("anger", "is", "0.5")))).isEqualTo(422);
        assertThat(save(base, "conditions", List.of(condition("anger", "above", "7")))).isEqualTo(422);
        assertThat(save(base, "conditions", List.of(condition("team", "is", "999999999")))).isEqualTo(422);
        assertThat(save(base, "conditions", List.of(condition("channel", "is", "pigeon")))).isEqualTo(422);
        assertThat(save(base, "actions", List.of(action("explode", "now")))).isEqualTo(422);
        assertThat(save(base, "actions", List.of(action("send-macro", "999999999")))).isEqualTo(422);
        assertThat(save(base, "actions", List.of(action("status", "open")))).isEqualTo(422);
        assertThat(save(base, "actions", List.of())).isEqualTo(422);
        assertThat(save(base, "trigger", "sla-exploded")).isEqualTo(400);
        assertThat(save(base, "trigger", "time-passed")).isEqualTo(422);
        assertThat(save(base, "name", "Nul\u0000")).isEqualTo(400);
        assertThat(api.postRaw(PATH, "{\"name\": [").status()).isEqualTo(400);
        assertThat(api.post(PATH + "/dry-run?last=0", base).status()).isEqualTo(400);
        assertThat(api.get(PATH).body()).doesNotContain("Bad " + word);
    }

    private int save(Map<String, Object> base, String key, Object value) {
        Map<String, Object> body = new HashMap<>(base);
        body.put(key, value);
        return api.post(PATH, body).status();
    }

    private int awaitThenRun(CountDownLatch start, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return timeRules.run(now);
    }

    private long rule(Map<String, Object> body) {
        var response = api.post(PATH, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.id("id");
        rules.add(id);
        return id;
    }

    private void backdate(long conversation, Instant since) {
        jdbc.sql("UPDATE conversation_conversation SET queue_since = ? WHERE id = ?")
            .params(since.atOffset(ZoneOffset.UTC), conversation).update();
    }

    private String status(long conversation) {
        return api.get("/api/v1/conversations/" + conversation).json().at("/summary/status").asString();
    }

    private long conversation(String text) {
        return api.post("/api/v1/messages/inbound", Map.of("channel", "email",
            "from", Map.of("email", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "name", "Klant"),
            "text", text)).id("conversationId");
    }

    private static Map<String, String> condition(String field, String operator, String value) {
        return Map.of("field", field, "operator", operator, "value", value);
    }

    private static Map<String, String> action(String type, String value) {
        return Map.of("type", type, "value", value);
    }
}
