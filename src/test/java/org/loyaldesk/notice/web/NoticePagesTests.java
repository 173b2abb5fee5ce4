package org.loyaldesk.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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

/** The team's notices screen through its forms, without JavaScript: leads post and end, agents read. */
@LoyaldeskTest
class NoticePagesTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aLeadPostsAnOutageSeesItAsCustomersWillAndEndsIt() {
        Browser lead = browser("LEAD");
        lead.get("/notices?lang=en");

        Browser.Page posted = lead.post("/notices", form("outage", "Betalen lukt niet " + unique,
            "Sorry <script>alert(1)</script>", "Checkout down " + unique, "We are on it", ""));

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.path()).isEqualTo("/notices");
        assertThat(posted.html()).contains("Notice posted.").contains("What customers see now")
            .contains("Checkout down " + unique).contains("role=\"alert\"")
            .doesNotContain("<script>alert(1)</script>");
        long id = jdbc.sql("SELECT id FROM notice_notice WHERE title_en = ?").param("Checkout down " + unique)
            .query(Long.class).single();
        assertThat(jdbc.sql("SELECT posted_by_name FROM notice_notice WHERE id = ?").param(id).query(String.class)
            .single()).isEqualTo("Notices LEAD");

        Browser.Page dutch = lead.get("/notices?lang=nl");
        assertThat(dutch.html()).contains("Servicemeldingen").contains("Betalen lukt niet " + unique)
            .contains("Storing").contains("Sorry &lt;script&gt;");

        Browser.Page ended = lead.post("/notices/" + id + "/end", Map.of());
        assertThat(ended.html()).contains("Melding beëindigd");
        assertThat(jdbc.sql("SELECT ended_at IS NOT NULL FROM notice_notice WHERE id = ?").param(id)
            .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRecallForAProductSaysWhoItIsFor() {
        Browser lead = browser("LEAD");
        lead.get("/notices?lang=en");

        Browser.Page posted = lead.post("/notices", form("warning", "", "", "Recall " + unique, "Bring it back",
            "kk-esp-" + unique + ", KK-MLK-" + unique));

        assertThat(posted.html()).contains("Buyers of KK-ESP-" + unique.toUpperCase() + ", KK-MLK-"
            + unique.toUpperCase());
    }

    @Test
    void aFormWithMistakesIsShownAgainWithTheReasonInTheLeadsLanguage() {
        Browser lead = browser("LEAD");
        lead.get("/notices?lang=nl");
        long before = stored();

        Map<String, String> backwards = form("info", "Omgekeerd " + unique, "Tekst", "", "", "");
        backwards.put("from", "2026-12-03T12:00");
        backwards.put("until", "2026-12-03T11:00");
        Browser.Page refused = lead.post("/notices", backwards);
        Browser.Page halfLanguage = lead.post("/notices", form("info", "Alleen titel " + unique, "", "", "", ""));
        Map<String, String> badDate = form("info", "Datum " + unique, "Tekst", "", "", "");
        badDate.put("from", "gisteren");
        Browser.Page unreadable = lead.post("/notices", badDate);
        Browser.Page unknown = lead.post("/notices", form("ramp", "Ramp " + unique, "Tekst", "", "", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("„Zichtbaar tot” moet na „zichtbaar vanaf” liggen.")
            .contains("value=\"Omgekeerd " + unique + "\"");
        assertThat(halfLanguage.status()).isEqualTo(400);
        assertThat(halfLanguage.html()).contains("Elke taal waarin je schrijft heeft een titel en een tekst nodig.");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.html()).contains("Een datum en tijd konden niet gelezen worden.");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anAgentReadsTheNoticesButCannotPostOrEndThem() {
        long id = new Api(port).post("/api/v1/notices", Map.of("titleEn", "Delay " + unique, "textEn", "Parcels late"))
            .id("id");
        Browser agent = browser("AGENT");

        Browser.Page list = agent.get("/notices?lang=en");
        Browser.Page post = agent.post("/notices", form("outage", "", "", "Sneaky " + unique, "x", ""));
        Browser.Page end = agent.post("/notices/" + id + "/end", Map.of());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Delay " + unique).doesNotContain("Post a notice")
            .doesNotContain("/notices/" + id + "/end");
        assertThat(post.status()).isEqualTo(403);
        assertThat(end.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_notice WHERE title_en = ?").param("Sneaky " + unique)
            .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT ended_at IS NULL FROM notice_notice WHERE id = ?").param(id)
            .query(Boolean.class).single()).isTrue();
    }

    private Browser browser(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@loyaldesk.test";
        new Api(port).post("/api/v1/agents", Map.of("email", email, "name", "Notices " + role, "password", PASSWORD,
            "role", role));
        Browser browser = new Browser(port);
        assertThat(browser.logIn(email, PASSWORD).path()).isEqualTo("/inbox");
        return browser;
    }

    private static Map<String, String> form(String severity, String titleNl, String textNl, String titleEn,
                                            String textEn, String skus) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("severity", severity);
        form.put("titleNl", titleNl);
        form.put("textNl", textNl);
        form.put("titleEn", titleEn);
        form.put("textEn", textEn);
        form.put("from", "");
        form.put("until", "");
        form.put("skus", skus);
        return form;
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM notice_notice").query(Long.class).single();
    }
}
