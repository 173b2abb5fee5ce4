package org.loyaldesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer A never sees anything of customer B: every portal URL and every API door, tried by A with
 * B's ids, answers "not found" (or, outside the portal, asks A to sign in as someone else), and B's
 * conversation is left exactly as it was.
 */
@LoyaldeskTest
class PortalIsolationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPortalUrlWithAnotherCustomersIdsAnswersNotFoundAndChangesNothing() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port);
        Api.Response a = api.inbound("api", "a-" + word + "@voorbeeld.nl", "Vraag van A " + word, null);
        Api.Response b = api.inbound("api", "b-" + word + "@voorbeeld.nl", "Geheim van B " + word, null);
        long aConversation = a.id("conversationId");
        long bConversation = b.id("conversationId");
        api.post("/api/v1/conversations/" + bConversation + "/replies", Map.of("text", "Antwoord aan B " + word));
        Browser customerB = PortalCustomers.signedIn(port, jdbc, b.id("customerId"));
        customerB.get("/portal/conversations/" + bConversation);
        customerB.postWithFile("/portal/conversations/" + bConversation + "/reply", Map.of("text", "Bijlage van B " + word),
            "files", "b-factuur.pdf", ("factuur B " + word).getBytes(StandardCharsets.UTF_8));
        long bFile = jdbc.sql("SELECT a.id FROM conversation_attachment a JOIN conversation_message m ON m.id = a.message_id "
            + "WHERE m.conversation_id = ?").param(bConversation).query(Long.class).single();
        long bMessages = messages(bConversation);
        String bStatus = status(bConversation);

        Browser customerA = PortalCustomers.signedIn(port, jdbc, a.id("customerId"));
        customerA.get("/portal/conversations/" + aConversation);
        for (String path : List.of("/portal/conversations/" + bConversation,
            "/portal/conversations/" + bConversation + "/files/" + bFile,
            "/portal/conversations/" + aConversation + "/files/" + bFile,
            "/portal/conversations/" + (bConversation + 1_000_000),
            "/portal/conversations/abc", "/portal/conversations/-1", "/portal/conversations/99999999999999999999",
            "/portal/conversations/" + aConversation + "/files/abc")) {
            Browser.Page page = customerA.get(path);
            assertThat(page.status()).as("GET " + path).isEqualTo(404);
            assertThat(page.html()).as("GET " + path).doesNotContain(word + "</").doesNotContain("factuur B");
        }
        assertThat(customerA.post("/portal/conversations/" + bConversation + "/reply", Map.of("text", "A schrijft bij B"))
            .status()).isEqualTo(404);
        assertThat(customerA.postWithFile("/portal/conversations/" + bConversation + "/reply", Map.of("text", "A's bestand"),
            "files", "a.txt", "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(customerA.post("/portal/conversations/" + bConversation + "/solve", Map.of()).status()).isEqualTo(404);

        for (String page : List.of("/portal/conversations", "/portal/surveys", "/portal/my-data", "/portal/my-data.json",
            "/portal/requests/new")) {
            assertThat(customerA.get(page).html()).as(page).doesNotContain("Geheim van B").doesNotContain("Antwoord aan B")
                .doesNotContain("b-" + word).doesNotContain("b-factuur");
        }
        assertThat(customerA.get("/portal/my-data").html()).contains("Vraag van A " + word);
        // a customer's session opens neither the API nor the team's screens
        assertThat(customerA.get("/api/v1/conversations/" + bConversation).status()).isEqualTo(401);
        assertThat(customerA.get("/conversations/" + bConversation).path()).isEqualTo("/login");
        assertThat(customerA.get("/conversations/attachments/" + bFile).path()).isEqualTo("/login");
        assertThat(customerA.get("/customers/" + b.id("customerId") + "/export").path()).isEqualTo("/login");

        assertThat(messages(bConversation)).isEqualTo(bMessages);
        assertThat(status(bConversation)).isEqualTo(bStatus);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE body LIKE 'A schrijft%' OR body LIKE 'A''s bestand%'")
            .query(Long.class).single()).isZero();
    }

    @Test
    void aFileFromTheCustomersOwnMailDownloadsForThemAndForNobodyElse() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String address = "mail-" + word + "@voorbeeld.nl";
        String raw = "From: Mila de Wit <" + address + ">\r\nTo: support@loyaldesk.test\r\nSubject: Kassabon " + word
            + "\r\nMessage-ID: <" + word + "@voorbeeld.nl>\r\nDate: Thu, 3 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + "Hierbij mijn kassabon.\r\n--b\r\nContent-Type: text/plain; name=\"bon.txt\"\r\n"
            + "Content-Disposition: attachment; filename=\"bon.txt\"\r\n\r\nbon " + word + "\r\n--b--\r\n";
        Api api = new Api(port);
        Api.Response filed = api.postMail(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(filed.status()).isEqualTo(202);
        long conversation = filed.id("conversationId");
        long owner = jdbc.sql("SELECT customer_id FROM conversation_conversation WHERE id = ?").param(conversation)
            .query(Long.class).single();
        Browser customer = PortalCustomers.signedIn(port, jdbc, owner);
        Browser.Page thread = customer.get("/portal/conversations/" + conversation);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/portal/conversations/" + conversation
            + "/mail-files/([^\"]+)\"").matcher(thread.html());
        assertThat(link.find()).as(thread.html()).isTrue();
        String key = link.group(1);

        assertThat(customer.get("/portal/conversations/" + conversation + "/mail-files/" + key).html().strip())
            .isEqualTo("bon " + word);

        Api.Response other = api.inbound("api", "ander-" + word + "@voorbeeld.nl", "Andere vraag", null);
        Browser stranger = PortalCustomers.signedIn(port, jdbc, other.id("customerId"));
        assertThat(stranger.get("/portal/conversations/" + conversation + "/mail-files/" + key).status()).isEqualTo(404);
        assertThat(stranger.get("/portal/conversations/" + other.id("conversationId") + "/mail-files/" + key).status())
            .isEqualTo(404);
        assertThat(customer.get("/portal/conversations/" + conversation + "/mail-files/999999-1").status()).isEqualTo(404);
    }

    @Test
    void withoutSigningInEveryPortalPageLeadsToTheSignInPage() {
        Browser stranger = PortalCustomers.anonymous(port);
        for (String path : List.of("/portal/conversations", "/portal/conversations/1", "/portal/conversations/1/files/1",
            "/portal/requests/new", "/portal/requests/suggest?q=test", "/portal/surveys", "/portal/my-data",
            "/portal/my-data.json", "/portal")) {
            assertThat(stranger.get(path).path()).as(path).isEqualTo("/portal/sign-in");
        }
        stranger.get("/portal/sign-in");
        for (String path : List.of("/portal/conversations/1/reply", "/portal/conversations/1/solve", "/portal/requests/new",
            "/portal/my-data/erasure")) {
            assertThat(stranger.post(path, Map.of("text", "x", "note", "x")).path()).as(path).isEqualTo("/portal/sign-in");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE body = 'x' AND channel = 'PORTAL'")
            .query(Long.class).single()).isZero();
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        long customerId = new Api(port).inbound("api", "csrf-" + UUID.randomUUID() + "@voorbeeld.nl", "Hallo", null)
            .id("customerId");
        Browser customer = PortalCustomers.signedIn(port, jdbc, customerId);
        Browser forged = PortalCustomers.anonymous(port);
        // the same session cookie is not enough: a page elsewhere cannot read the token
        Browser.Page refused = customer.postWithoutCsrf("/portal/my-data/erasure", Map.of("note", "vervalst"));
        assertThat(refused.status()).isEqualTo(403);
        // a page with a way back into the portal, not into the team's inbox
        assertThat(refused.html()).contains("href=\"/portal\"").doesNotContain("/inbox");
        assertThat(forged.postWithoutCsrf("/portal/sign-in", Map.of("email", "x@voorbeeld.nl")).status()).isEqualTo(403);
    }

    private String status(long conversation) {
        return jdbc.sql("SELECT status FROM conversation_conversation WHERE id = ?").param(conversation)
            .query(String.class).single();
    }

    private long messages(long conversation) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ?").param(conversation)
            .query(Long.class).single();
    }
}
