package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.platform.Transactions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The loyalty signals end to end, through the API as integrators and the browser as customers use
 * them. Mail goes to a recording {@link OutboundMail} (the real one belongs to the email channel).
 */
@LoyaldeskTest
class LoyaltySignalsTests {

    @TestConfiguration
    static class RecordingMail {

        static final List<OutboundMail.AutomaticMessage> SENT = new CopyOnWriteArrayList<>();

        @Bean
        OutboundMail recordingOutboundMail() {
            return new OutboundMail() {
                @Override
                public MailOutcome send(AutomaticMessage message) {
                    SENT.add(message);
                    return MailOutcome.SENT;
                }

                @Override
                public boolean deliverable(String address) {
                    return !address.startsWith("bounced");
                }
            };
        }
    }

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
    void solvingSendsOneQuestionWhoseLinkRecordsTheAnswerAndATamperedOneIsRefused() {
        Api api = new Api(port);
        long conversation = api.inbound("api", "vraag@voorbeeld.nl", "Hoe ontkalk ik mijn machine?", null)
            .id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Met de ontkalker, stap 1: ..."));
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

        OutboundMail.AutomaticMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> RecordingMail.SENT.stream()
            .filter(sent -> sent.to().equals("vraag@voorbeeld.nl")).findFirst(), java.util.Optional::isPresent).get();
        assertThat(mail.purpose()).isEqualTo("survey");
        assertThat(mail.text()).contains("gemakkelijk");
        Matcher link = Pattern.compile("/survey/([A-Za-z0-9_.-]+)\\?score=6").matcher(mail.text());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        Browser customer = new Browser(port);
        Browser.Page answered = customer.get("/survey/" + token + "?score=6");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.html()).contains("Dank u wel voor uw antwoord");
        assertThat(customer.post("/survey/" + token, Map.of("score", "6", "comment", "Prima uitgelegd")).html())
            .contains("we hebben het bewaard");
        await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(conversation)
            .map(ConversationSignal::endFromSurvey).orElse(false));

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(new Browser(port).get("/survey/" + tampered + "?score=1").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT score FROM survey_invitation WHERE conversation_id = ?").param(conversation)
            .query(Integer.class).single()).isEqualTo(6);

        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "open"));
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> RecordingMail.SENT.stream()
            .filter(sent -> sent.to().equals("vraag@voorbeeld.nl")).count() == 1);
    }

    @Test
    void aRepeatContactOnTheSameReasonIsNotFirstContactResolutionAfterAWeek() {
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

        long again = api.inbound("api", "herhaal@voorbeeld.nl", "Het pakket is er nog steeds niet!", null)
            .id("conversationId");
        assertThat(again).isNotEqualTo(first);
        api.put("/api/v1/conversations/" + again + "/contact-reason", Map.of("contactReason", "delivery"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(signals.of(first).orElseThrow().fcr()).isEqualTo(FcrState.NO);
            assertThat(signals.of(first).orElseThrow().fcrReason()).isEqualTo("repeat-contact");
            assertThat(signals.of(again).orElseThrow().inputs().get(EffortDriver.REPEAT_CONTACTS)).isEqualTo(1);
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
