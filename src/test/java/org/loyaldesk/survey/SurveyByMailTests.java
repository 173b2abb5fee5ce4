package org.loyaldesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.insight.ConversationSignal;
import org.loyaldesk.insight.ConversationSignals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * After solving, one question goes to the customer by real mail (through the email channel's
 * outbound mail, on GreenMail); its one-click link records the answer, a tampered link is refused,
 * and the customer is not asked again so soon.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
    "loyaldesk.mail.address=support@loyaldesk.test",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025" })
class SurveyByMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationSignals signals;

    @Test
    void solvingSendsOneQuestionWhoseLinkRecordsTheAnswerAndATamperedOneIsRefused() throws Exception {
        Api api = new Api(port);
        String customer = "vraag-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
        long conversation = api.inbound("api", customer, "Hoe ontkalk ik mijn machine?", null).id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Met de ontkalker, stap 1: ..."));
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> received(customer), found -> found != null);
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        String text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("gemakkelijk");
        Matcher link = Pattern.compile("/survey/([A-Za-z0-9_.-]+)\\?score=6").matcher(text.replace("=\r\n", "")
            .replace("=3D", "="));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        Browser browser = new Browser(port);
        Browser.Page answered = browser.get("/survey/" + token + "?score=6");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.html()).contains("Dank u wel voor uw antwoord");
        // the page is public: a NUL (which PostgreSQL refuses) in the comment is dropped, the comment kept
        assertThat(browser.post("/survey/" + token, Map.of("score", "6", "comment", "Prima\u0000 uitgelegd")).html())
            .contains("we hebben het bewaard");
        assertThat(jdbc.sql("SELECT comment FROM survey_invitation WHERE conversation_id = ?").param(conversation)
            .query(String.class).single()).isEqualTo("Prima uitgelegd");
        await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(conversation)
            .map(ConversationSignal::endFromSurvey).orElse(false));

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(new Browser(port).get("/survey/" + tampered + "?score=1").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT score FROM survey_invitation WHERE conversation_id = ?").param(conversation)
            .query(Integer.class).single()).isEqualTo(6);

        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "open"));
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(customer) == 1);
    }

    private MimeMessage received(String address) {
        return List.of(smtp.getReceivedMessages()).stream().filter(message -> to(message, address)).findFirst().orElse(null);
    }

    private long mailsTo(String address) {
        return List.of(smtp.getReceivedMessages()).stream().filter(message -> to(message, address)).count();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return List.of(message.getAllRecipients()).stream().anyMatch(r -> r.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }
}
