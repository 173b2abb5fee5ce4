package org.loyaldesk.proactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LeadAlertStream;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.OrderImport;
import org.loyaldesk.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.JsonNode;

/**
 * The whole of proactive service as a lead lives it: a defect spike for one product comes in through the inbound
 * API, the lead's open page is alerted, the lead confirms it; every owner who had not written gets the notice
 * exactly once by real SMTP (GreenMail), in their language, and an owner who opted out gets nothing; resolving
 * answers and solves every linked conversation, once.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
    "loyaldesk.mail.address=support@loyaldesk.test",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025",
    "loyaldesk.proactive.warnings-per-second=200" })
class ProactiveIncidentTests {

    private static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    OptOuts optOuts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDefectSpikeIsAlertedConfirmedWarnedOnceAndEveryLinkedConversationIsAnsweredWhenFixed() throws Exception {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String sku = "KK-" + unique.toUpperCase();
        String lead = "lead-" + unique + "@loyaldesk.test";
        assertThat(api.post("/api/v1/agents", Map.of("email", lead, "name", "Lead " + unique, "password", PASSWORD,
            "role", "LEAD")).status()).isEqualTo(201);
        Browser browser = new Browser(port);
        browser.logIn(lead, PASSWORD);
        BlockingQueue<String> alerts = LeadAlertStream.listen(browser, "spike");

        // owners who never wrote: two Dutch, two English, one who opted out before, one we only know by phone
        List<String> silentDutch = List.of(owner("stil-nl-1", unique, sku, Language.NL),
            owner("stil-nl-2", unique, sku, Language.NL));
        List<String> silentEnglish = List.of(owner("quiet-en-1", unique, sku, Language.EN),
            owner("quiet-en-2", unique, sku, Language.EN));
        String optedOut = owner("afgemeld", unique, sku, Language.NL);
        optOuts.optOut(customers.owner(ContactAddress.email(optedOut)).orElseThrow().id());
        long byPhone = customers.identify(ContactAddress.phone("+3161" + Math.abs(unique.hashCode() % 10_000_000)),
            "Telefoon " + unique, Language.NL).id();
        order(byPhone, sku, unique + "-phone");

        // four weeks of ordinary questions, imported: the baseline the spike departs from
        List<String> ordinary = List.of("Waar blijft mijn bestelling?", "De factuur klopt niet", "Ik wil iets retour sturen",
            "Kan ik mijn adres wijzigen?", "Where is my parcel?", "My invoice shows the wrong amount");
        List<Map<String, Object>> history = new ArrayList<>();
        for (int day = 1; day <= 27; day++) {
            for (int i = 0; i < 3; i++) {
                String text = ordinary.get((day + i) % ordinary.size());
                history.add(Map.of("customer", Map.of("email", "eerder-" + day + "-" + i + "-" + unique + "@voorbeeld.nl",
                    "name", "Klant"), "subject", text, "channel", "email", "status", "solved", "messages", List.of(Map.of(
                    "kind", "inbound", "at", Instant.now().minus(Duration.ofDays(day)).plusSeconds(i * 3600L).toString(),
                    "text", text))));
            }
        }
        assertThat(api.post("/api/v1/conversations/import", Map.of("conversations", history)).status()).isBetween(200, 201);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM proactive_contact c JOIN "
            + "conversation_conversation v ON v.id = c.conversation_id WHERE v.subject IN (:subjects) AND c.at < :before")
            .param("subjects", ordinary).param("before", java.time.OffsetDateTime.now().minusHours(12)).query(Integer.class)
            .single() >= history.size());

        // ten owners write about the lid in a few minutes
        List<Long> complaints = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = owner("klacht-" + i, unique, sku, Language.NL);
            complaints.add(api.inbound("api", email, "Het deksel van mijn snelkookpan " + sku + " sluit niet meer, "
                + "de pan lekt stoom (" + i + ")", "spike-" + unique + "-" + i).id("conversationId"));
        }

        String alert = alerts.poll(60, TimeUnit.SECONDS);
        assertThat(alert).as("the lead's open page is alerted").isNotNull().contains("\"contacts\":");
        long spikeId = api.get("/api/v1/spikes").json().valueStream()
            .filter(spike -> api.get("/api/v1/spikes/" + spike.get("id").asLong()).json().get("conversationIds")
                .valueStream().anyMatch(id -> complaints.contains(id.asLong())))
            .findFirst().orElseThrow().get("id").asLong();
        JsonNode spike = api.get("/api/v1/spikes/" + spikeId).json();
        assertThat(spike.get("spike").get("contacts").asInt()).isBetween(3, 10);
        assertThat(alert).contains("\"spikeId\":" + spikeId);

        // bad input changes nothing
        assertThat(api.post("/api/v1/incidents", Map.of("title", " ", "noticeNl", "x", "skus", List.of(sku))).status())
            .isEqualTo(400);
        assertThat(api.post("/api/v1/incidents", Map.of("title", "Zonder tekst", "skus", List.of(sku))).status())
            .isEqualTo(400);
        assertThat(api.post("/api/v1/incidents/999999999/warn", Map.of()).status()).isEqualTo(404);

        Api.Response declared = api.post("/api/v1/incidents", Map.of("title", "Deksel sluit niet", "spikeId", spikeId,
            "skus", List.of(sku.toLowerCase()), "words", List.of("deksel", "lekt"),
            "noticeNl", "Bij een deel van de snelkookpannen sluit het deksel niet. We sturen u een nieuw deksel.",
            "noticeEn", "On some pressure cookers the lid does not close. We will send you a new lid."));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        long incident = declared.json().get("incident").get("id").asLong();
        assertThat(declared.json().get("incident").get("skus").get(0).asString()).as("the shop's spelling").isEqualTo(sku);
        // every complaint is linked: at once, or as it arrives when its reading was still under way
        await().atMost(Duration.ofSeconds(60)).until(() -> linked(api, incident).containsAll(complaints));
        // the owners see it in the portal and the chat widget: a service notice for the buyers of the product
        long notice = declared.json().get("incident").get("serviceNoticeId").asLong();
        JsonNode banner = api.get("/api/v1/notices/" + notice).json();
        assertThat(banner.get("skus").get(0).asString()).isEqualTo(sku);
        assertThat(banner.get("textEn").asString()).contains("the lid does not close");
        assertThat(api.post("/api/v1/incidents", Map.of("title", "Nog eens", "spikeId", spikeId, "noticeNl", "x"))
            .status()).as("a spike is confirmed once").isEqualTo(409);
        assertThat(api.post("/api/v1/spikes/" + spikeId + "/dismiss", Map.of()).status()).isEqualTo(409);

        assertThat(api.post("/api/v1/incidents/" + incident + "/warn", Map.of()).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/incidents/" + incident).json()
            .get("incident").get("warnFinishedAt") != null
            && !api.get("/api/v1/incidents/" + incident).json().get("incident").get("warnFinishedAt").isNull());
        // warning again, as a retried request would, mails nobody twice
        api.post("/api/v1/incidents/" + incident + "/warn", Map.of());
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);

        for (String address : silentDutch) {
            List<MimeMessage> mails = mailsTo(address);
            assertThat(mails).as(address).hasSize(1);
            assertThat(GreenMailUtil.getBody(mails.getFirst())).contains("sluit het deksel niet").contains("Beste ");
        }
        for (String address : silentEnglish) {
            List<MimeMessage> mails = mailsTo(address);
            assertThat(mails).as(address).hasSize(1);
            assertThat(GreenMailUtil.getBody(mails.getFirst())).contains("the lid does not close").contains("Dear ");
        }
        assertThat(mailsTo(optedOut)).as("opted out").isEmpty();
        // the link under the mail opts out without signing in, after one click; opening it changes nothing
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/notices/opt-out/([A-Za-z0-9_-]+)")
            .matcher(GreenMailUtil.getBody(mailsTo(silentDutch.get(1)).getFirst()).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        long unsubscribing = customers.owner(ContactAddress.email(silentDutch.get(1))).orElseThrow().id();
        Browser customer = new Browser(port);
        assertThat(customer.get(link.group() + "?lang=nl").html()).contains("Liever niet?");
        assertThat(optOuts.optedOut(unsubscribing)).isFalse();
        assertThat(customer.post(link.group() + "?lang=nl", Map.of()).html()).contains("u krijgt geen meldingen zoals deze meer");
        assertThat(optOuts.optedOut(unsubscribing)).isTrue();
        assertThat(new Browser(port).get("/notices/opt-out/not-a-token").status()).isEqualTo(404);
        for (int i = 0; i < 10; i++) {
            assertThat(mailsTo("klacht-" + i + "-" + unique + "@voorbeeld.nl")).as("had written already").isEmpty();
        }
        JsonNode reach = api.get("/api/v1/incidents/" + incident).json().get("reach");
        assertThat(reach.get("owners").asLong()).isEqualTo(16);
        assertThat(reach.get("warnings").get("sent").asLong()).isEqualTo(4);
        assertThat(reach.get("warnings").get("contacted").asLong()).isEqualTo(10);
        assertThat(reach.get("warnings").get("opted-out").asLong()).isEqualTo(1);
        assertThat(reach.get("warnings").get("no-address").asLong()).isEqualTo(1);

        // a new complaint about it is linked as it arrives, and its page suggests the notice as the reply
        String late = owner("laat", unique, sku, Language.NL);
        long lateConversation = api.inbound("api", late, "Mijn deksel lekt ook!", "spike-" + unique + "-late")
            .id("conversationId");
        await().atMost(Duration.ofSeconds(60)).until(() -> linked(api, incident).contains(lateConversation));
        assertThat(browser.get("/conversations/" + lateConversation).html())
            .contains("Bij een deel van de snelkookpannen sluit het deksel niet");

        Map<String, Object> fix = Map.of("resolutionNl", "Het nieuwe deksel is onderweg.",
            "resolutionEn", "The new lid is on its way.", "fixLink", "https://shop.example/deksel");
        assertThat(api.post("/api/v1/incidents/" + incident + "/resolve", Map.of("resolutionNl", "x",
            "fixLink", "javascript:alert(1)")).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/incidents/" + incident + "/resolve", fix).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/incidents/" + incident + "/resolve", fix).status()).as("resolved twice")
            .isEqualTo(409);

        List<Long> all = new ArrayList<>(complaints);
        all.add(lateConversation);
        await().atMost(Duration.ofSeconds(120)).until(() -> all.stream().allMatch(id -> "solved".equals(
            api.get("/api/v1/conversations/" + id).json().get("summary").get("status").asString())));
        for (long id : all) {
            JsonNode conversation = api.get("/api/v1/conversations/" + id).json();
            List<String> replies = conversation.get("timeline").valueStream()
                .filter(entry -> "REPLY".equalsIgnoreCase(entry.get("kind").asString()))
                .map(entry -> entry.get("body").asString()).toList();
            assertThat(replies).as("conversation " + id).hasSize(1);
            assertThat(replies.getFirst()).startsWith("Beste ").contains("Het nieuwe deksel is onderweg.")
                .contains("https://shop.example/deksel");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_recovery_action WHERE conversation_id = ? AND kind = "
                + "'PROOF_OF_IMPROVEMENT'").param(id).query(Integer.class).single()).isEqualTo(1);
        }
        assertThat(api.post("/api/v1/incidents/" + incident + "/warn", Map.of()).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/notices/" + notice).json().get("endedAt").isNull()).as("the banner came down")
            .isFalse();

        // the Loyalty dashboard shows what warning first did
        String loyalty = browser.get("/insight/loyalty?lang=en").html();
        assertThat(loyalty).contains("Warned before they asked").contains("Deksel sluit niet");
    }

    private String owner(String name, String unique, String sku, Language language) {
        String email = name + "-" + unique + "@voorbeeld.nl";
        long id = customers.identify(ContactAddress.email(email), name.replace('-', ' '), language).id();
        order(id, sku, unique + "-" + name);
        return email;
    }

    private void order(long customerId, String sku, String number) {
        customers.importOrder(customerId, new OrderImport(number, Instant.now().minus(Duration.ofDays(20)), "EUR",
            List.of(new OrderImport.Line(sku, "Snelkookpan " + sku, 1, new BigDecimal("89.95")))));
    }

    private static List<Long> linked(Api api, long incident) {
        return api.get("/api/v1/incidents/" + incident + "/conversations").json().valueStream()
            .map(link -> link.get("conversationId").asLong()).toList();
    }

    private List<MimeMessage> mailsTo(String address) {
        return List.of(smtp.getReceivedMessages()).stream().filter(message -> to(message, address)).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return List.of(message.getAllRecipients()).stream().anyMatch(r -> r.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }
}
