package org.loyaldesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@LoyaldeskTest
class ConversationApiTests {

    @LocalServerPort
    int port;

    Api api;
    Staff staff;
    String email;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        staff = Staff.of(api);
        email = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    @Test
    void aReplyAppearsOnTheTimelineAndTheCustomerIsNowAwaited() {
        long id = conversation();

        Api.Response reply = staff.anna().post("/api/v1/conversations/" + id + "/replies",
            Map.of("text", "Je pakket komt morgen."));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode detail = reply.json();
        JsonNode last = detail.get("timeline").get(1);
        assertThat(last.get("kind").asString()).isEqualTo("reply");
        assertThat(last.get("authorName").asString()).isEqualTo("Anna Test");
        assertThat(last.get("body").asString()).isEqualTo("Je pakket komt morgen.");
        assertThat(detail.at("/summary/status").asString()).isEqualTo("pending");
        assertThat(detail.at("/summary/assigneeName").asString()).isEqualTo("Anna Test");
        assertThat(detail.at("/summary/awaitingReplySince").isNull()).isTrue();
        assertThat(detail.get("firstResponseAt").isNull()).isFalse();
    }

    @Test
    void aNoteStaysInternal() {
        long id = conversation();

        JsonNode detail = staff.anna().post("/api/v1/conversations/" + id + "/notes",
            Map.of("text", "Klant belde ook al eerder.")).json();

        JsonNode note = detail.get("timeline").get(1);
        assertThat(note.get("kind").asString()).isEqualTo("note");
        assertThat(note.get("deliveryStatus").asString()).isEqualTo("not_applicable");
        assertThat(detail.at("/summary/status").asString()).isEqualTo("new");
    }

    @Test
    void handingOverNeedsAContextNote() {
        long id = conversation();
        staff.anna().post("/api/v1/conversations/" + id + "/assignment", Map.of("agentId", staff.annaId()));

        Api.Response withoutNote = staff.anna().post("/api/v1/conversations/" + id + "/assignment",
            Map.of("teamId", staff.returnsTeamId()));
        Api.Response withNote = staff.anna().post("/api/v1/conversations/" + id + "/assignment",
            Map.of("teamId", staff.returnsTeamId(), "note", "Lekkende machine, reservoir al gecontroleerd."));

        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(withoutNote.json().get("detail").asString()).contains("context note");
        assertThat(withNote.status()).isEqualTo(200);
        JsonNode detail = withNote.json();
        assertThat(detail.at("/summary/teamName").asString()).isEqualTo("Returns");
        JsonNode transfer = detail.get("timeline").get(2);
        assertThat(transfer.get("kind").asString()).isEqualTo("transfer");
        assertThat(transfer.get("body").asString()).isEqualTo("Lekkende machine, reservoir al gecontroleerd.");
        assertThat(transfer.at("/transfer/fromAgent").asString()).isEqualTo("Anna Test");
        assertThat(transfer.at("/transfer/toTeam").asString()).isEqualTo("Returns");
    }

    @Test
    void aStatusChangeBasedOnAnOldVersionIsAConflict() {
        long id = conversation();
        long version = version(id);
        assertThat(api.post("/api/v1/conversations/" + id + "/status", Map.of("status", "open", "expectedVersion", version))
            .status()).isEqualTo(200);

        Api.Response stale = api.post("/api/v1/conversations/" + id + "/status",
            Map.of("status", "solved", "expectedVersion", version));
        Api.Response staleIfMatch = api.send(api.builder("/api/v1/conversations/" + id + "/status")
            .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"solved\"}")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
        assertThat(staleIfMatch.status()).isEqualTo(409);
        assertThat(status(id)).isEqualTo("open");
    }

    @Test
    void twoAgentsChangingStatusAtOnceNeverSilentlyOverwriteEachOther() throws Exception {
        long id = conversation();
        long version = version(id);
        List<Integer> answers = new CopyOnWriteArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (String target : List.of("open", "pending", "on_hold", "solved", "open", "pending")) {
                pool.submit(() -> answers.add(api.post("/api/v1/conversations/" + id + "/status",
                    Map.of("status", target, "expectedVersion", version)).status()));
            }
        }
        assertThat(answers).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(version(id)).isEqualTo(version + 1);
    }

    @Test
    void anAssignmentSentWithoutAVersionAppliesToTheLatestOneEvenWhileOthersChangeIt() {
        List<Api.Response> answers = new CopyOnWriteArrayList<>();
        for (int round = 0; round < 10; round++) {
            long id = api.inbound("api", "race-" + UUID.randomUUID() + "@voorbeeld.nl", "Waar is mijn retourlabel?", null)
                .id("conversationId");
            try (var pool = Executors.newFixedThreadPool(6)) {
                pool.submit(() -> answers.add(api.post("/api/v1/conversations/" + id + "/assignment",
                    Map.of("teamId", staff.returnsTeamId()))));
                for (String priority : List.of("high", "normal", "urgent", "low", "high")) {
                    pool.submit(() -> answers.add(api.post("/api/v1/conversations/" + id + "/priority",
                        Map.of("priority", priority))));
                }
            }
            assertThat(api.get("/api/v1/conversations/" + id).json().at("/summary/teamId").asLong())
                .isEqualTo(staff.returnsTeamId());
        }
        assertThat(answers).hasSize(60)
            .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
    }

    @Test
    void repliesPostedAtTheSameMomentAreAllKept() throws Exception {
        long id = conversation();
        List<Integer> answers = new CopyOnWriteArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 16).forEach(i -> pool.submit(() -> answers.add(
                staff.anna().post("/api/v1/conversations/" + id + "/replies", Map.of("text", "Antwoord " + i)).status())));
        }
        assertThat(answers).hasSize(16).containsOnly(201);
        JsonNode timeline = api.get("/api/v1/conversations/" + id).json().get("timeline");
        Set<String> replies = new HashSet<>();
        timeline.forEach(entry -> {
            if ("reply".equals(entry.get("kind").asString())) {
                replies.add(entry.get("body").asString());
            }
        });
        assertThat(replies).hasSize(16);
        assertThat(api.get("/api/v1/conversations/" + id).json().at("/summary/messageCount").asInt()).isEqualTo(17);
    }

    @Test
    void theListPagesThroughEverythingOnceMostUrgentFirst() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long id = api.inbound("api", "p" + i + "-" + email, "Vraag " + i, null).id("conversationId");
            api.put("/api/v1/conversations/" + id + "/tags/" + tag, Map.of());
            created.add(id);
        }
        api.post("/api/v1/conversations/" + created.get(5) + "/priority", Map.of("priority", "urgent"));

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/conversations?tag=" + tag + "&limit=3"
                + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);

        assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen.getFirst()).isEqualTo(created.get(5));
        assertThat(seen.subList(1, 7)).isEqualTo(created.stream().filter(id -> !id.equals(created.get(5))).toList());
    }

    @Test
    void filtersNarrowTheList() {
        long onPhone = api.inbound("phone", email, "Gebeld over bestelling KK-3001", null).id("conversationId");
        long onApi = api.inbound("api", email, "Via de app over bestelling KK-3002", null).id("conversationId");

        JsonNode phone = api.get("/api/v1/conversations?channel=phone&customerId=" + customerOf(onPhone)).json();
        JsonNode solved = api.get("/api/v1/conversations?status=solved&customerId=" + customerOf(onPhone)).json();

        assertThat(phone.get("items").findValuesAsString("subject")).containsExactly("Gebeld over bestelling KK-3001");
        assertThat(phone.get("items").get(0).get("id").asLong()).isEqualTo(onPhone).isNotEqualTo(onApi);
        assertThat(solved.get("items")).isEmpty();
    }

    @Test
    void aTamperedCursorOrUnknownFilterIsExplained() {
        assertThat(api.get("/api/v1/conversations?cursor=not-a-cursor").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations?status=frozen").json().get("detail").asString())
            .contains("Unknown status 'frozen'");
        assertThat(api.get("/api/v1/conversations?limit=5000").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations/424242").status()).isEqualTo(404);
    }

    @Test
    void everyChangeIsInTheAuditLog() {
        long id = conversation();
        staff.anna().post("/api/v1/conversations/" + id + "/replies", Map.of("text", "Hallo"));
        staff.anna().post("/api/v1/conversations/" + id + "/status", Map.of("status", "solved"));

        JsonNode audit = api.get("/api/v1/audit?subjectType=conversation&subjectId=" + id).json();

        assertThat(audit.findValuesAsString("action")).containsSubsequence("conversation.replied", "conversation.status");
        assertThat(audit.findValuesAsString("actorName")).containsOnly("Anna Test");
        assertThat(audit.get(1).get("detail").asString()).isEqualTo("pending -> solved");
    }

    @Test
    void historyFromAnotherHelpdeskComesInWhole() {
        Map<String, Object> good = Map.of("customer", Map.of("email", email, "name", "Oude Klant"), "subject", "Oud gesprek",
            "channel", "email", "status", "solved", "messages", List.of(
                Map.of("kind", "inbound", "at", "2026-01-05T09:00:00Z", "author", "Oude Klant", "text", "Mijn vraag"),
                Map.of("kind", "reply", "at", "2026-01-05T10:30:00Z", "author", "Anna Test", "text", "Het antwoord")));
        Map<String, Object> bad = Map.of("customer", Map.of("email", email), "channel", "email", "status", "solved",
            "messages", List.of(Map.of("kind", "telegram", "at", "2026-01-05T09:00:00Z", "text", "?")));

        Api.Response refused = api.post("/api/v1/conversations/import", Map.of("conversations", List.of(good, bad)));
        Api.Response imported = api.post("/api/v1/conversations/import", Map.of("conversations", List.of(good)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("Unknown message kind 'telegram'");
        assertThat(imported.status()).isEqualTo(200);
        long id = imported.json().get("conversationIds").get(0).asLong();
        JsonNode detail = api.get("/api/v1/conversations/" + id).json();
        assertThat(detail.at("/summary/status").asString()).isEqualTo("solved");
        assertThat(detail.get("firstResponseAt").asString()).isEqualTo("2026-01-05T10:30:00Z");
        assertThat(detail.at("/timeline/1/authorType").asString()).isEqualTo("agent");
        assertThat(api.get("/api/v1/customers/" + detail.at("/summary/customerId").asLong()).json()
            .get("conversations")).hasSize(1);
    }

    private long conversation() {
        return api.inbound("api", email, "Mijn bestelling is niet aangekomen", null).id("conversationId");
    }

    private long version(long id) {
        return api.get("/api/v1/conversations/" + id).json().at("/summary/version").asLong();
    }

    private String status(long id) {
        return api.get("/api/v1/conversations/" + id).json().at("/summary/status").asString();
    }

    private long customerOf(long conversationId) {
        return api.get("/api/v1/conversations/" + conversationId).json().at("/summary/customerId").asLong();
    }
}
