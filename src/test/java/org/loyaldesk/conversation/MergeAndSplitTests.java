package org.loyaldesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** An agent merges two conversations about one issue, or splits a second issue off: every message stays, once. */
@LoyaldeskTest
class MergeAndSplitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String email;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        email = "samen-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    @Test
    void mergingMakesOneTimelineInTimeOrderWithTheTagsAndReadingsOfBoth() {
        long parcel = say("api", "Bestelling KK-7001 is niet bezorgd.");
        api.post("/api/v1/conversations/" + parcel + "/replies", Map.of("text", "We zoeken het uit."));
        long second = say("whatsapp", "Bestelling KK-7002 is ook niet bezorgd, zelfde pakket eigenlijk.");
        api.put("/api/v1/conversations/" + second + "/tags/spoed", Map.of());
        say("api", "Bestelling KK-7001: nog nieuws?");
        List<Long> before = messageIds(parcel, second);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("insight_message_signal", second) == 1);

        Api.Response merged = api.post("/api/v1/conversations/" + parcel + "/merge", Map.of("conversationId", second));

        assertThat(merged.status()).isEqualTo(200);
        JsonNode detail = merged.json();
        List<String> times = new ArrayList<>();
        List<Long> publicIds = new ArrayList<>();
        detail.get("timeline").forEach(entry -> {
            times.add(entry.get("createdAt").asString());
            if (!"event".equals(entry.get("kind").asString())) {
                publicIds.add(entry.get("id").asLong());
            }
        });
        assertThat(publicIds).containsExactlyInAnyOrderElementsOf(before);
        assertThat(times).isSortedAccordingTo(Comparable::compareTo);
        assertThat(messageIds(parcel, second)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(detail.at("/summary/tags").toString()).contains("spoed");
        assertThat(Timelines.events(detail)).contains("merged|" + second);
        JsonNode gone = api.get("/api/v1/conversations/" + second).json();
        assertThat(gone.at("/summary/status").asString()).isEqualTo("closed");
        assertThat(gone.get("mergedIntoId").asLong()).isEqualTo(parcel);
        assertThat(Timelines.events(gone)).containsExactly("merged-into|" + parcel);
        assertThat(api.get("/api/v1/audit?subjectType=conversation&subjectId=" + parcel).json()
            .findValuesAsString("action")).contains("conversation.merged");
        assertThat(count("insight_message_signal", second)).isZero();
        // the reading of the merged conversation is computed again: three messages, api -> whatsapp -> api
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT customer_messages * 10 + d_channel_switches FROM insight_conversation_signal WHERE conversation_id = ?")
            .param(parcel).query(Double.class).optional().orElse(0.0) == 32.0);
    }

    @Test
    void aMessageThreadedToAMergedConversationLandsOnceInTheOneItWasMergedInto() {
        long parcel = say("api", "Bestelling KK-7101 is niet bezorgd.");
        long second = say("api", "Bestelling KK-7102 is kapot.");
        api.post("/api/v1/conversations/" + parcel + "/merge", Map.of("conversationId", second));

        Api.Response late = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "Nog een aanvulling", "conversationId", second, "externalId", "late-" + email));
        Api.Response retry = api.post("/api/v1/messages/inbound", Map.of("channel", "api", "from", Map.of("email", email),
            "text", "Nog een aanvulling", "conversationId", second, "externalId", "late-" + email));

        assertThat(late.id("conversationId")).isEqualTo(parcel);
        assertThat(retry.id("messageId")).isEqualTo(late.id("messageId"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE external_id = ?").param("late-" + email)
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMergeThatCannotBeDoneSaysWhyAndChangesNothing() {
        long parcel = say("api", "Bestelling KK-7201 is niet bezorgd.");
        long second = say("api", "Bestelling KK-7202 is kapot.");
        long stranger = api.inbound("api", "ander-" + email, "Iemand anders", null).id("conversationId");
        long version = api.get("/api/v1/conversations/" + parcel).json().at("/summary/version").asLong();
        api.post("/api/v1/conversations/" + parcel + "/priority", Map.of("priority", "high"));
        List<Long> before = messageIds(parcel, second);

        Api.Response otherCustomer = api.post("/api/v1/conversations/" + parcel + "/merge", Map.of("conversationId", stranger));
        Api.Response itself = api.post("/api/v1/conversations/" + parcel + "/merge", Map.of("conversationId", parcel));
        Api.Response stale = api.post("/api/v1/conversations/" + parcel + "/merge",
            Map.of("conversationId", second, "expectedVersion", version));
        Api.Response missing = api.post("/api/v1/conversations/" + parcel + "/merge", Map.of("conversationId", 987654321));
        Api.Response noId = api.post("/api/v1/conversations/" + parcel + "/merge", Map.of());

        assertThat(otherCustomer.status()).isEqualTo(409);
        assertThat(otherCustomer.json().get("detail").asString()).contains("merge the customers first");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.json().get("detail").asString()).contains("into itself");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(noId.status()).isEqualTo(400);
        assertThat(List.of(otherCustomer, itself, stale, missing, noId))
            .allSatisfy(response -> assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json")));
        assertThat(messageIds(parcel, second)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(messageIds(parcel)).hasSize(1);
        assertThat(api.get("/api/v1/conversations/" + second).json().at("/summary/status").asString()).isEqualTo("new");
    }

    @Test
    void splittingAMessageAndWhatFollowsMakesANewConversationAndKeepsEveryMessageOnce() {
        long conversation = say("api", "Bestelling KK-7301 is niet bezorgd.");
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Hij komt morgen."));
        Api.Response other = api.inbound("chat", email, "Iets anders: ik kan niet inloggen op mijn account.", null);
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Ik stuur een nieuwe link."));
        List<Long> before = messageIds(conversation);

        Api.Response split = api.post("/api/v1/conversations/" + conversation + "/split",
            Map.of("messageId", other.id("messageId")));

        assertThat(split.status()).isEqualTo(201);
        long created = split.json().at("/summary/id").asLong();
        assertThat(created).isNotEqualTo(conversation);
        assertThat(split.header("Location")).contains("/api/v1/conversations/" + created);
        assertThat(split.json().at("/summary/channel").asString()).isEqualTo("chat");
        assertThat(split.json().at("/summary/customerId").asLong()).isEqualTo(other.id("customerId"));
        assertThat(Timelines.publicBodies(split.json())).containsExactly("Iets anders: ik kan niet inloggen op mijn account.",
            "Ik stuur een nieuwe link.");
        JsonNode left = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(Timelines.publicBodies(left)).containsExactly("Bestelling KK-7301 is niet bezorgd.", "Hij komt morgen.");
        assertThat(messageIds(conversation, created)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(Timelines.events(left)).contains("split-to|" + created);
        assertThat(Timelines.events(split.json())).contains("split-from|" + conversation);
        assertThat(api.get("/api/v1/audit?subjectType=conversation&subjectId=" + conversation).json()
            .findValuesAsString("action")).contains("conversation.split");
    }

    @Test
    void splittingOnlyOneMessageLeavesWhatFollowsWhereItWas() {
        long conversation = say("api", "Bestelling KK-7401 is niet bezorgd.");
        Api.Response other = api.inbound("api", email, "En de factuur klopt niet.", null);
        say("api", "Over het pakket: nog steeds niets.");

        Api.Response split = api.post("/api/v1/conversations/" + conversation + "/split",
            Map.of("messageId", other.id("messageId"), "onlyThis", true, "subject", "Factuur"));

        assertThat(split.status()).isEqualTo(201);
        assertThat(split.json().at("/summary/subject").asString()).isEqualTo("Factuur");
        assertThat(Timelines.publicBodies(split.json())).containsExactly("En de factuur klopt niet.");
        assertThat(Timelines.publicBodies(api.get("/api/v1/conversations/" + conversation).json()))
            .containsExactly("Bestelling KK-7401 is niet bezorgd.", "Over het pakket: nog steeds niets.");
    }

    @Test
    void aSplitThatCannotBeDoneSaysWhyAndChangesNothing() {
        Api.Response only = api.inbound("api", email, "Mijn enige bericht", null);
        long conversation = only.id("conversationId");
        Api.Response second = api.inbound("api", email, "Tweede bericht", null);
        long stranger = api.inbound("api", "ander-" + email, "Iemand anders", null).id("messageId");
        long version = api.get("/api/v1/conversations/" + conversation).json().at("/summary/version").asLong();
        api.post("/api/v1/conversations/" + conversation + "/priority", Map.of("priority", "high"));
        List<Long> before = messageIds(conversation);

        Api.Response everything = api.post("/api/v1/conversations/" + conversation + "/split",
            Map.of("messageId", only.id("messageId")));
        Api.Response notHere = api.post("/api/v1/conversations/" + conversation + "/split", Map.of("messageId", stranger));
        Api.Response stale = api.post("/api/v1/conversations/" + conversation + "/split",
            Map.of("messageId", second.id("messageId"), "expectedVersion", version));
        Api.Response noMessage = api.post("/api/v1/conversations/" + conversation + "/split", Map.of());

        assertThat(everything.status()).isEqualTo(400);
        assertThat(everything.json().get("detail").asString()).contains("without a message from the customer");
        assertThat(notHere.status()).isEqualTo(400);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(noMessage.status()).isEqualTo(400);
        assertThat(messageIds(conversation)).containsExactlyInAnyOrderElementsOf(before);
    }

    private long say(String channel, String text) {
        return api.inbound(channel, email, text, null).id("conversationId");
    }

    private List<Long> messageIds(long... conversations) {
        List<Long> ids = new ArrayList<>();
        for (long conversation : conversations) {
            ids.addAll(jdbc.sql("SELECT id FROM conversation_message WHERE conversation_id = ? AND kind <> 'EVENT'")
                .param(conversation).query(Long.class).list());
        }
        return ids;
    }

    private long count(String table, long conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE conversation_id = ?").param(conversationId)
            .query(Long.class).single();
    }
}
