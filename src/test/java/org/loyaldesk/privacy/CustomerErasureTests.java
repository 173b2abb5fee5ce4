package org.loyaldesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer who asked to be forgotten: after the erasure nothing of them is found anywhere a person or
 * a program could look (API, pages, search, raw mail, export, any text column of the database), while
 * their conversations still count and other customers keep everything.
 */
@LoyaldeskTest
class CustomerErasureTests {

    @LocalServerPort
    int port;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog audit;

    Histories histories;
    Api admin;
    Api agent;
    String secret;
    String pietersWord;
    Histories.Customer marloes;
    Histories.Customer pieter;
    long mailWithAttachment;

    @BeforeEach
    void setUp() {
        histories = new Histories(port, surveys);
        admin = histories.admin();
        agent = histories.agent();
        secret = "zwartekat" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        marloes = histories.customer("Marloes", "Mijn retour " + secret + " is zoek, bel me op 0612345678");
        pietersWord = "rodehond" + UUID.randomUUID().toString().substring(0, 8);
        pieter = histories.customer("Pieter", "Waar blijft mijn koffiemolen " + pietersWord + "?");
        mailWithAttachment = admin.postMail(mailWithAttachment(marloes.email(), "Bon " + secret, "Bijgevoegd de bon "
            + secret)).id("messageId");
        String file = Base64.getEncoder().encodeToString(("Factuur voor Marloes " + secret).getBytes(StandardCharsets.UTF_8));
        assertThat(agent.post("/api/v1/conversations/" + marloes.conversationId() + "/replies", Map.of("text",
            "Zie de factuur " + secret, "attachments", List.of(Map.of("name", "factuur-" + secret + ".txt",
                "contentType", "text/plain", "contentBase64", file)))).status()).isEqualTo(201);
        leavePortalAndHelpCentreTraces(marloes);
    }

    @Test
    void afterAnErasureNothingOfTheCustomerCanBeFoundAnywhere() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> searchFinds(secret) == 1 && searchFinds(pietersWord) == 1);

        Api.Response erased = admin.post("/api/v1/customers/" + marloes.id() + "/erasure", Map.of());

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("conversations").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(erased.json().get("mails").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(erased.json().get("attachments").asInt()).isEqualTo(1);
        assertThat(erased.json().get("contacts").asInt()).isEqualTo(1);
        assertThat(erased.json().get("orders").asInt()).isEqualTo(1);
        assertThat(erased.json().get("portalLinks").asInt()).isEqualTo(2);

        for (String path : List.of("/api/v1/customers/" + marloes.id(), "/api/v1/conversations/" + marloes.conversationId(),
            "/api/v1/customers/" + marloes.id() + "/export", "/api/v1/customers/" + marloes.id() + "/conversations")) {
            Api.Response read = admin.get(path);
            assertThat(read.status()).as(path).isIn(200, 404);
            assertNothingOfMarloesIn(read.body(), path);
        }
        assertThat(admin.get("/api/v1/conversations/" + marloes.conversationId()).body()).contains("[erased]");
        assertThat(admin.get("/api/v1/messages/" + marloes.messageId() + "/raw").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/messages/" + mailWithAttachment + "/raw").status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).until(() -> searchFinds(secret) == 0);
        assertThat(searchFinds(marloes.email())).isZero();

        Browser browser = new Browser(port);
        browser.logIn(histories.staff("ADMIN"), Histories.PASSWORD);
        for (String page : List.of("/conversations/" + marloes.conversationId(), "/customers/" + marloes.id(),
            "/customers/" + marloes.id() + "/export")) {
            Browser.Page shown = browser.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertNothingOfMarloesIn(shown.html(), page);
        }
        // the search page repeats the words searched for; what it must not show is a hit
        assertThat(browser.get("/search?q=" + secret).html()).doesNotContain(marloes.email()).doesNotContain("Marloes")
            .doesNotContain("/conversations/" + marloes.conversationId());

        assertThat(textColumnsHolding(secret.toLowerCase(Locale.ROOT)))
            .as("text columns still holding a text of an erased customer").isEmpty();
        assertThat(textColumnsHolding(pietersWord.toLowerCase(Locale.ROOT))).contains("conversation_message.body");
        assertThat(textColumnsHolding(marloes.email().toLowerCase(Locale.ROOT))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_attachment a JOIN conversation_message m "
            + "ON m.id = a.message_id WHERE m.conversation_id = ?").param(marloes.conversationId()).query(Long.class)
            .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_visitor WHERE customer_id = ?").param(marloes.id())
            .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT score FROM survey_invitation WHERE conversation_id = ?")
            .param(marloes.conversationId()).query(Integer.class).single()).as("the score counts on").isEqualTo(6);
        assertThat(audit.forSubject("customer", marloes.id())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("customer.erased");
            assertThat(entry.detail()).contains("1 contacts");
        }).allSatisfy(entry -> assertThat(entry.detail() == null ? "" : entry.detail())
            .doesNotContain(marloes.email()).doesNotContain(marloes.orderNumber()));

        Api.Response pietersConversation = admin.get("/api/v1/conversations/" + pieter.conversationId());
        assertThat(pietersConversation.body()).contains(pietersWord).contains(pieter.note());
        assertThat(searchFinds(pietersWord)).isEqualTo(1);
        assertThat(admin.get("/api/v1/customers/" + pieter.id()).body()).contains(pieter.email());
    }

    @Test
    void erasingTwiceIsHarmlessAndOnlyAnAdminMayEraseAnExistingCustomer() {
        assertThat(agent.post("/api/v1/customers/" + marloes.id() + "/erasure", Map.of()).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/customers/" + marloes.id()).body()).contains(marloes.email());
        assertThat(admin.post("/api/v1/customers/987654321/erasure", Map.of()).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/customers/marloes/erasure", Map.of()).status()).isEqualTo(400);

        assertThat(admin.post("/api/v1/customers/" + marloes.id() + "/erasure", Map.of()).status()).isEqualTo(200);
        Api.Response again = admin.post("/api/v1/customers/" + marloes.id() + "/erasure", Map.of());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("contacts").asInt()).isZero();
        assertThat(again.json().get("mails").asInt()).isZero();
        assertThat(admin.get("/api/v1/conversations/" + marloes.conversationId()).status()).isEqualTo(200);
    }

    @Test
    void anAdminErasesFromTheExportPageOnlyAfterTickingTheConfirmation() {
        Browser browser = new Browser(port);
        browser.logIn(histories.staff("ADMIN"), Histories.PASSWORD);
        assertThat(browser.get("/customers/" + marloes.id() + "/export?lang=en").html()).contains("Erase customer");

        Browser.Page unconfirmed = browser.post("/customers/" + marloes.id() + "/erasure", Map.of());
        assertThat(unconfirmed.html()).contains("Tick the box").contains(marloes.email());

        Browser.Page confirmed = browser.post("/customers/" + marloes.id() + "/erasure",
            Map.of("confirmed", "true"));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.html()).contains("Erased: 1 conversations");
        assertNothingOfMarloesIn(confirmed.html(), "export page after erasure");

        Browser agentBrowser = new Browser(port);
        agentBrowser.logIn(histories.staff("AGENT"), Histories.PASSWORD);
        assertThat(agentBrowser.post("/customers/" + pieter.id() + "/erasure", Map.of("confirmed", "true")).status())
            .isEqualTo(403);
        assertThat(admin.get("/api/v1/customers/" + pieter.id()).body()).contains(pieter.email());
    }

    private void assertNothingOfMarloesIn(String text, String where) {
        assertThat(text).as(where).doesNotContain(secret).doesNotContain(marloes.email())
            .doesNotContain("Marloes").doesNotContain(marloes.orderNumber()).doesNotContain(marloes.comment());
    }

    private int searchFinds(String words) {
        return admin.get("/api/v1/search?q=" + java.net.URLEncoder.encode(words, StandardCharsets.UTF_8)).json()
            .get("hits").size();
    }

    /** Every row of every text column that holds the word, as table.column: the database forgot only if none. */
    private List<String> textColumnsHolding(String word) throws SQLException {
        List<String> places = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // the application's own schema: PUBLIC on H2, a fresh one per test run on PostgreSQL
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CLOB || type == Types.LONGVARCHAR) {
                        columns.add(new String[] { table, rs.getString("COLUMN_NAME") });
                    }
                }
            }
        }
        for (String[] column : columns) {
            long rows = jdbc.sql("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(CAST(\"" + column[1]
                    + "\" AS VARCHAR(1000000))) LIKE ?")
                .param("%" + word + "%").query(Long.class).single();
            if (rows > 0) {
                places.add((column[0] + "." + column[1]).toLowerCase(Locale.ROOT));
            }
        }
        return places;
    }

    private void leavePortalAndHelpCentreTraces(Histories.Customer customer) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO portal_sign_in_link (token_hash, customer_id, address, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)")
            .params(UUID.randomUUID().toString(), customer.id(), customer.email(), now, now.plusHours(1)).update();
        jdbc.sql("INSERT INTO portal_sign_in_request (address, ip, requested_at) VALUES (?, '127.0.0.1', ?)")
            .params(customer.email(), now).update();
        jdbc.sql("INSERT INTO portal_conversation_link (token_hash, customer_id, conversation_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)")
            .params(UUID.randomUUID().toString(), customer.id(), customer.conversationId(), now, now.plusDays(1)).update();
        String visitor = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO knowledge_visitor (visitor, customer_id, first_seen) VALUES (?, ?, ?)")
            .params(visitor, customer.id(), now).update();
        jdbc.sql("INSERT INTO knowledge_activity (visitor, kind, query, results, happened_at) VALUES (?, 'SEARCH', ?, 0, ?)")
            .params(visitor, "retour " + secret, now).update();
    }

    private static byte[] mailWithAttachment(String from, String subject, String body) {
        String raw = "From: Marloes Bakker <" + from + ">\r\n"
            + "To: Klantenservice <support@loyaldesk.test>\r\n"
            + "Subject: " + subject + "\r\n"
            + "Date: Sat, 21 Nov 2026 11:00:00 +0100\r\n"
            + "Message-ID: <" + UUID.randomUUID() + "@voorbeeld.nl>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"grens\"\r\n\r\n"
            + "--grens\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n"
            + "--grens\r\nContent-Type: text/plain; name=\"bon.txt\"\r\n"
            + "Content-Disposition: attachment; filename=\"bon.txt\"\r\n\r\nBon van Marloes " + body + "\r\n"
            + "--grens--\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }
}
