package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.platform.Transactions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The loyalty signals end to end, through the API as integrators and the browser as customers use
 * them. The survey mail itself is tested on a real SMTP server in SurveyByMailTests.
 */
@LoyaldeskTest
class LoyaltySignalsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationSignals signals;

    @Autowired
    ConversationScoring scoring;

    @Autowired
    ChurnRisks risks;

    @Autowired
    EffortModels effort;

    @Autowired
    Transactions transactions;

    @Autowired
    AngerResponse anger;

    @Test
    void anAngryMessagePutsTheConversationAtRiskWhileItIsOpen() {
        Api api = new Api(port);
        long conversation = api.inbound("api", "boos@voorbeeld.nl",
            "WAAR BLIJFT MIJN BESTELLING?! Dit is echt BELACHELIJK!!! Ik ben het zat!!!", null).id("conversationId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode summary = api.get("/api/v1/conversations/" + conversation).json().get("summary");
            assertThat(summary.get("atRisk").asBoolean()).isTrue();
            assertThat(summary.get("priority").asString()).isIn("high", "urgent");
            assertThat(summary.get("atRiskReason").asString()).startsWith("anger");
        });
        JsonNode read = api.get("/api/v1/conversations/" + conversation + "/signals").json();
        assertThat(read.get("mood").asString()).isEqualTo("unrecovered");
        assertThat(read.get("maxAnger").asDouble()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void historyWhoseCustomerIsStillAngryAndWaitingIsAtRiskButAnsweredAngerIsNot() {
        Api api = new Api(port);
        String angry = "WAAR BLIJFT MIJN GELD?! Dit is echt BELACHELIJK!!! Ik ben het zat!!!";
        Map<String, Object> waiting = Map.of("customer", Map.of("email", "wacht-boos@voorbeeld.nl"), "subject", "Geld",
            "channel", "email", "status", "open", "messages", List.of(
                Map.of("kind", "inbound", "at", "2026-01-05T09:00:00Z", "text", angry)));
        Map<String, Object> answered = Map.of("customer", Map.of("email", "beantwoord-boos@voorbeeld.nl"),
            "subject", "Geld", "channel", "email", "status", "open", "messages", List.of(
                Map.of("kind", "inbound", "at", "2026-01-05T09:00:00Z", "text", angry),
                Map.of("kind", "reply", "at", "2026-01-05T09:30:00Z", "author", "Anna", "text", "Het geld is onderweg.")));
        JsonNode ids = api.post("/api/v1/conversations/import", Map.of("conversations", List.of(waiting, answered)))
            .json().get("conversationIds");
        long stillAngry = ids.get(0).asLong();
        long wasAnswered = ids.get(1).asLong();

        await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(stillAngry).isPresent()
            && signals.of(wasAnswered).isPresent());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
            api.get("/api/v1/conversations/" + stillAngry).json().at("/summary/atRisk").asBoolean()).isTrue());
        assertThat(api.get("/api/v1/conversations/" + wasAnswered).json().at("/summary/atRisk").asBoolean()).isFalse();
        assertThat(signals.of(wasAnswered).orElseThrow().maxAnger()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aRecentAngryMessageReadFirstByItsConversationsReadingStillAlertsButHistoryDoesNot() {
        Api api = new Api(port);
        long live = api.inbound("api", "eerst-gelezen@voorbeeld.nl", "Hallo", null).id("conversationId");
        long old = api.inbound("api", "oud-boos@voorbeeld.nl", "Hallo", null).id("conversationId");
        MessageSignal angryNow = angry(api, live, Instant.now());
        MessageSignal angryLastYear = angry(api, old, Instant.now().minus(Duration.ofDays(365)));

        assertThat(anger.actOnFirstReading(live, List.of(angryNow))).isPresent();
        assertThat(anger.actOnFirstReading(old, List.of(angryLastYear))).isEmpty();
        // still unanswered, so at risk all the same, only without the alarm
        assertThat(api.get("/api/v1/conversations/" + old).json().at("/summary/atRisk").asBoolean()).isTrue();
    }

    /** What the reading would make of the conversation's first message had it been furious. */
    private static MessageSignal angry(Api api, long conversation, Instant at) {
        long message = api.get("/api/v1/conversations/" + conversation).json().at("/timeline/0/id").asLong();
        return new MessageSignal(message, conversation, true, null, at, "nl", -0.8, 0.9, "BELACHELIJK");
    }

    @Test
    void aCalmQuestionRaisesNoAlarm() {
        Api api = new Api(port);
        long conversation = api.inbound("api", "rustig@voorbeeld.nl", "Hallo, wanneer wordt mijn bestelling bezorgd? "
            + "Groetjes", null).id("conversationId");

        await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(conversation).isPresent());
        assertThat(api.get("/api/v1/conversations/" + conversation).json().get("summary").get("atRisk").asBoolean())
            .isFalse();
        assertThat(signals.of(conversation).orElseThrow().mood()).isEqualTo(Mood.CALM);
    }

    @Test
    void badInputGivesADefinedReadingNeverAnError() {
        Api api = new Api(port);
        List<String> texts = List.of(" ", "😡😡😡", "<p onclick='x()'>Niet <b>tevreden</b></p>", "a".repeat(90_000),
            "Ik ben not happy at all, the machine is kapot!!", "Das Gerät ist kaputt und ich bin sehr enttäuscht.");
        for (int i = 0; i < texts.size(); i++) {
            Api.Response created = api.inbound("api", "odd" + i + "@voorbeeld.nl", texts.get(i), null);
            if (created.status() != 201) {
                assertThat(created.status()).as(texts.get(i)).isEqualTo(400);
                continue;
            }
            long conversation = created.id("conversationId");
            await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(conversation).isPresent());
            ConversationSignal read = signals.of(conversation).orElseThrow();
            assertThat(read.effort()).isBetween(1.0, 7.0);
            assertThat(read.maxAnger()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aCustomerComingBackAboutTheSameReasonIsARepeatContactNotFirstContactResolution() {
        Api api = new Api(port);
        long first = api.inbound("api", "herhaal@voorbeeld.nl", "Mijn pakket is niet bezorgd.", null).id("conversationId");
        api.put("/api/v1/conversations/" + first + "/contact-reason", Map.of("contactReason", "delivery"));
        api.post("/api/v1/conversations/" + first + "/replies", Map.of("text", "Het komt morgen."));
        api.post("/api/v1/conversations/" + first + "/status", Map.of("status", "solved"));
        await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(first)
            .map(signal -> signal.solvedAt() != null && "delivery".equals(signal.contactReason())).orElse(false));
        assertThat(signals.of(first).orElseThrow().fcr()).isEqualTo(FcrState.PENDING);

        SignalsFollowTime aWeekLater = new SignalsFollowTime(signals, scoring, risks, effort, transactions,
            Clock.offset(Clock.systemUTC(), Duration.ofDays(8)));
        aWeekLater.decideFirstContactResolution();
        assertThat(signals.of(first).orElseThrow().fcr()).isEqualTo(FcrState.YES);

        long again = api.inbound("whatsapp", "herhaal@voorbeeld.nl", "Het pakket is er nog steeds niet!", null)
            .id("conversationId");
        // the customer came back about the same issue within the week: the solved conversation is reopened, and the
        // new contact counts as a repeat contact rather than as a reopening
        assertThat(again).isEqualTo(first);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(signals.of(first).orElseThrow().fcr()).isEqualTo(FcrState.NO);
            assertThat(signals.of(first).orElseThrow().fcrReason()).isEqualTo("repeat-contact");
            assertThat(signals.of(first).orElseThrow().inputs().get(EffortDriver.REPEAT_CONTACTS)).isEqualTo(1);
            assertThat(signals.of(first).orElseThrow().inputs().get(EffortDriver.REOPENINGS)).isZero();
        });
    }

    @Test
    void aLeadMarksACustomerChurnedAndRecordsRecovery() {
        Api api = new Api(port);
        Api.Response created = api.inbound("api", "weg@voorbeeld.nl", "Weer kapot. Ik ben er klaar mee.", null);
        long conversation = created.id("conversationId");
        long customer = created.id("customerId");

        Api.Response discount = api.post("/api/v1/conversations/" + conversation + "/recovery-actions",
            Map.of("kind", "discount", "amount", 15));
        assertThat(discount.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/conversations/" + conversation + "/recovery-actions", Map.of("kind", "credit"))
            .status()).isEqualTo(400);

        JsonNode churned = api.post("/api/v1/customers/" + customer + "/churned", Map.of("reason", "Opgezegd")).json();
        assertThat(churned.get("risk").asDouble()).isEqualTo(1.0);
        assertThat(churned.get("churnedAt").isNull()).isFalse();
        JsonNode facts = api.get("/api/v1/customers/" + customer).json().get("loyalty");
        assertThat(facts.get("churned")).isNotNull();
        assertThat(api.delete("/api/v1/customers/" + customer + "/churned").json().get("churnedAt").isNull()).isTrue();
    }
}
