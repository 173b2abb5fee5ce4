package org.loyaldesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in customer follows their own conversations: the thread as they saw it, an answer with a
 * file that wakes the conversation up, marking it solved, a new request that suggests articles, an
 * erasure request and the notices about their products.
 */
@LoyaldeskTest
class PortalConversationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String word;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        word = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theThreadShowsWhatTheCustomerSawAndNothingTheTeamWroteForItself() {
        Api.Response inbound = api.inbound("api", "eva-" + word + "@voorbeeld.nl", "Mijn bestelling " + word + " is te laat", null);
        long conversation = inbound.id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/notes", Map.of("text", "INTERN " + word + ": klant belt vaak"));
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Hij komt morgen, <b>beloofd</b>."));

        Browser customer = PortalCustomers.signedIn(port, jdbc, inbound.id("customerId"));
        Browser.Page list = customer.get("/portal/conversations");
        assertThat(list.html()).contains("/portal/conversations/" + conversation).contains("Waiting for your answer");
        Browser.Page thread = customer.get("/portal/conversations/" + conversation);

        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.html()).contains("Mijn bestelling " + word + " is te laat")
            .contains("Hij komt morgen, &lt;b&gt;beloofd&lt;/b&gt;.")
            .doesNotContain("INTERN " + word).doesNotContain("klant belt vaak");
    }

    @Test
    void anAnswerWithAFileLandsInTheSameConversationWakesItUpAndTheAgentCanOpenTheFile() {
        Api.Response inbound = api.inbound("api", "fenna-" + word + "@voorbeeld.nl", "Mijn kan is gebarsten", null);
        long conversation = inbound.id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Kunt u een foto sturen?"));
        assertThat(status(conversation)).isEqualTo("PENDING");

        Browser customer = PortalCustomers.signedIn(port, jdbc, inbound.id("customerId"));
        customer.get("/portal/conversations/" + conversation);
        byte[] photo = ("foto van de kan " + word).getBytes(StandardCharsets.UTF_8);
        Browser.Page answered = customer.postWithFile("/portal/conversations/" + conversation + "/reply",
            Map.of("text", "Hierbij de foto " + word), "files", "kan.jpg", photo);

        assertThat(answered.path()).isEqualTo("/portal/conversations/" + conversation);
        assertThat(answered.html()).contains("your message has been added").contains("Hierbij de foto " + word)
            .contains("kan.jpg");
        assertThat(status(conversation)).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT channel FROM conversation_message WHERE conversation_id = ? AND body = ?")
            .params(conversation, "Hierbij de foto " + word).query(String.class).single()).isEqualTo("PORTAL");
        long file = fileOf(conversation);
        assertThat(customer.get("/portal/conversations/" + conversation + "/files/" + file).html())
            .isEqualTo("foto van de kan " + word);
        String agentEmail = "agent-" + word + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", agentEmail, "name", "Agent " + word, "password", "geheim-wachtwoord-123",
            "role", "AGENT"));
        Browser agent = new Browser(port);
        agent.logIn(agentEmail, "geheim-wachtwoord-123");
        assertThat(agent.get("/conversations/" + conversation).html()).contains("/conversations/attachments/" + file)
            .contains("kan.jpg");
        assertThat(jdbc.sql("SELECT content FROM conversation_attachment WHERE id = ?").param(file).query(byte[].class)
            .single()).isEqualTo(photo);
    }

    @Test
    void anEmptyOrOversizedAnswerIsExplainedAndNothingIsFiled() {
        Api.Response inbound = api.inbound("api", "gijs-" + word + "@voorbeeld.nl", "Vraag over garantie", null);
        long conversation = inbound.id("conversationId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, inbound.id("customerId"));
        customer.get("/portal/conversations/" + conversation);

        Browser.Page empty = customer.post("/portal/conversations/" + conversation + "/reply", Map.of("text", "   "));
        Browser.Page tooLong = customer.post("/portal/conversations/" + conversation + "/reply", Map.of("text", "x".repeat(10_001)));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html()).contains("Write your message first.");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html()).contains("The message is too long");
        assertThat(messages(conversation)).isEqualTo(1);
    }

    @Test
    void aCustomerWhoWritesMoreThanAPersonWouldIsAskedToWaitAndNothingIsLost() {
        Api.Response inbound = api.inbound("api", "snel-" + word + "@voorbeeld.nl", "Eerste vraag", null);
        long conversation = inbound.id("conversationId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, inbound.id("customerId"));
        customer.get("/portal/conversations/" + conversation);
        for (int i = 0; i < 30; i++) {
            assertThat(customer.post("/portal/conversations/" + conversation + "/reply", Map.of("text", "Bericht " + i))
                .status()).isEqualTo(200);
        }

        Browser.Page refused = customer.post("/portal/conversations/" + conversation + "/reply", Map.of("text", "Nummer 31"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html()).contains("You sent us many messages in the last hour");
        assertThat(messages(conversation)).isEqualTo(31);
        customer.get("/portal/requests/new");
        assertThat(customer.post("/portal/requests/new", Map.of("text", "Nieuwe vraag")).status()).isEqualTo(429);
    }

    @Test
    void filesLargerThanAllowedAreRefusedAndNothingIsFiled() {
        Api.Response inbound = api.inbound("api", "groot-" + word + "@voorbeeld.nl", "Hier komt een grote foto", null);
        long conversation = inbound.id("conversationId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, inbound.id("customerId"));
        customer.get("/portal/conversations/" + conversation);

        Browser.Page refused = customer.postWithFile("/portal/conversations/" + conversation + "/reply",
            Map.of("text", "De foto " + word), "files", "groot.jpg", new byte[22 * 1024 * 1024]);

        // the server refuses the body before Loyaldesk reads it: a plain "413 Payload Too Large", and nothing filed
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.html()).contains("Payload Too Large");
        assertThat(messages(conversation)).isEqualTo(1);
    }

    @Test
    void theCustomerMarksTheirQuestionSolvedOnce() {
        Api.Response inbound = api.inbound("api", "hanna-" + word + "@voorbeeld.nl", "Werkt de korting nog?", null);
        long conversation = inbound.id("conversationId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, inbound.id("customerId"));
        assertThat(customer.get("/portal/conversations/" + conversation).html()).contains("My question is solved");

        Browser.Page solved = customer.post("/portal/conversations/" + conversation + "/solve", Map.of());

        assertThat(solved.html()).contains("Thank you for letting us know").doesNotContain("My question is solved");
        assertThat(status(conversation)).isEqualTo("SOLVED");
        assertThat(jdbc.sql("SELECT author_type FROM conversation_message WHERE conversation_id = ? AND kind = 'EVENT' "
            + "AND body LIKE 'status|%|solved'").param(conversation).query(String.class).single()).isEqualTo("CUSTOMER");
        assertThat(customer.post("/portal/conversations/" + conversation + "/solve", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aNewRequestSuggestsArticlesWhileTypingAndCountsAsAContactWhenSent() {
        String title = "Ontkalken van de espressomachine " + word;
        Map<String, Object> article = new HashMap<>(Map.of("language", "en", "title", "Descaling the espresso machine " + word,
            "body", "<p>Descale the espresso machine every month with descaler " + word + ".</p>", "status", "published"));
        assertThat(api.post("/api/v1/articles", article).status()).isEqualTo(201);
        long customerId = api.inbound("api", "ids-" + word + "@voorbeeld.nl", "Eerdere vraag", null).id("customerId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, customerId);
        customer.get("/portal/requests/new");
        long contactsBefore = jdbc.sql("SELECT COUNT(*) FROM knowledge_contact").query(Long.class).single();

        // the article index follows a new article just after it is saved
        await().atMost(Duration.ofSeconds(20)).until(() -> customer.get(
            "/portal/requests/suggest?q=how%20do%20I%20descale%20my%20espresso%20machine%20" + word).html()
            .contains("Descaling the espresso machine " + word));
        assertThat(customer.get("/portal/requests/suggest?q=hi").html()).doesNotContain("Descaling");

        Browser.Page sent = customer.post("/portal/requests/new", Map.of("reason", "product-defect", "subject", title,
            "text", "Mijn machine blijft kalk geven " + word));
        assertThat(sent.path()).startsWith("/portal/conversations/");
        long conversation = Long.parseLong(sent.path().substring("/portal/conversations/".length()));
        assertThat(sent.html()).contains(title).contains("your message has been added");
        assertThat(jdbc.sql("SELECT contact_reason FROM conversation_conversation WHERE id = ?").param(conversation)
            .query(String.class).single()).isEqualTo("product-defect");
        assertThat(jdbc.sql("SELECT channel FROM conversation_conversation WHERE id = ?").param(conversation)
            .query(String.class).single()).isEqualTo("PORTAL");
        // the customer was shown articles and wrote anyway: one contact the help centre did not spare
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "SELECT COUNT(*) FROM knowledge_contact").query(Long.class).single() == contactsBefore + 1);

        Browser.Page blank = customer.post("/portal/requests/new", Map.of("reason", "other", "text", ""));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.html()).contains("Write your message first.");
    }

    @Test
    void anErasureRequestReachesTheTeamAsATaggedConversation() {
        long customerId = api.inbound("api", "joost-" + word + "@voorbeeld.nl", "Hallo", null).id("customerId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, customerId);
        customer.get("/portal/my-data");

        Browser.Page requested = customer.post("/portal/my-data/erasure", Map.of("note", "Ik heb geen account meer " + word));

        long conversation = Long.parseLong(requested.path().substring("/portal/conversations/".length()));
        assertThat(requested.html()).contains("Request to erase my data").contains("Ik heb geen account meer " + word);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_tag WHERE conversation_id = ? AND tag = 'erasure-request'")
            .param(conversation).query(Long.class).single()).isOne();
    }

    @Test
    void aNoticeAboutTheCustomersProductShowsAsABannerAndNotToOthers() {
        String sku = "KK-PORT-" + word.toUpperCase();
        long buyer = api.inbound("api", "kim-" + word + "@voorbeeld.nl", "Hallo", null).id("customerId");
        long other = api.inbound("api", "lotte-" + word + "@voorbeeld.nl", "Hallo", null).id("customerId");
        api.post("/api/v1/customers/" + buyer + "/orders", Map.of("orderNumber", "KK-" + UUID.randomUUID(),
            "orderedAt", "2026-10-01T10:00:00Z", "currency", "EUR",
            "lines", List.of(Map.of("sku", sku, "name", "Molen", "quantity", 1, "amount", "10.00"))));
        assertThat(api.post("/api/v1/notices", Map.of("severity", "warning", "titleEn", "Grinder recall " + word,
            "textEn", "Stop using the grinder " + word, "skus", List.of(sku))).status()).isEqualTo(201);

        assertThat(PortalCustomers.signedIn(port, jdbc, buyer).get("/portal/conversations").html())
            .contains("Grinder recall " + word).contains("Stop using the grinder " + word);
        assertThat(PortalCustomers.signedIn(port, jdbc, other).get("/portal/conversations").html())
            .doesNotContain("Grinder recall " + word);
    }

    private String status(long conversation) {
        return jdbc.sql("SELECT status FROM conversation_conversation WHERE id = ?").param(conversation)
            .query(String.class).single();
    }

    private long messages(long conversation) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ? AND kind IN ('INBOUND', 'REPLY')")
            .param(conversation).query(Long.class).single();
    }

    private long fileOf(long conversation) {
        return jdbc.sql("SELECT a.id FROM conversation_attachment a JOIN conversation_message m ON m.id = a.message_id "
            + "WHERE m.conversation_id = ?").param(conversation).query(Long.class).single();
    }
}
