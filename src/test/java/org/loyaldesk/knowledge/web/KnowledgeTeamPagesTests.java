package org.loyaldesk.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.Chromium;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.knowledge.Synonyms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** The team's knowledge-base screens as an agent uses them: through the forms, without JavaScript. */
@LoyaldeskTest
class KnowledgeTeamPagesTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Synonyms synonyms;

    String unique;
    Browser agent;

    @BeforeEach
    void logInAsAgent() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        agent = browser("AGENT");
    }

    @Test
    void anArticleWrittenInTheFormIsInTheList() {
        agent.get("/knowledge/articles/new");
        Browser.Page saved = agent.post("/knowledge/articles", form("Espressomachine ontkalken " + unique,
            "<p>Gebruik <strong>citroenzuur</strong>.</p>", "published"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.path()).matches("/knowledge/articles/\\d+");
        assertThat(saved.html()).contains("Article saved.").doesNotContain("Unsafe HTML")
            .contains("Gebruik <strong>citroenzuur</strong>.")
            .contains("/help/nl/espressomachine-ontkalken-" + unique)
            .contains("written by Kennis AGENT").contains("last edited by Kennis AGENT");
        Browser.Page list = agent.get("/knowledge?language=nl&status=published");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Espressomachine ontkalken " + unique)
            .contains("href=\"" + saved.path() + "\"");
    }

    @Test
    void aScriptInTheBodyIsNotStoredAndTheEditorIsTold() {
        agent.get("/knowledge/articles/new");
        Browser.Page saved = agent.post("/knowledge/articles", form("Scripts " + unique,
            "<p>Hallo</p><script>alert('x')</script><img src=x onerror=alert(1)>", "draft"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.html()).contains("Unsafe HTML (such as scripts) was removed");
        String stored = jdbc.sql("SELECT body_html FROM knowledge_article WHERE id = ?").param(id(saved))
            .query(String.class).single();
        assertThat(stored).contains("Hallo").doesNotContain("<script").doesNotContain("alert").doesNotContain("onerror");
        assertThat(saved.html()).doesNotContain("<script>alert").doesNotContain("onerror=");
    }

    @Test
    void aSlugThatIsTakenShowsTheFormAgainWithWhatWasTyped() {
        agent.get("/knowledge/articles/new");
        Map<String, String> first = form("Retourneren " + unique, "<p>Eerste</p>", "draft");
        first.put("slug", "retour-" + unique);
        agent.post("/knowledge/articles", first);
        Map<String, String> second = form("Tweede titel " + unique, "<p>Mijn lange tekst " + unique + "</p>", "draft");
        second.put("slug", "retour-" + unique);

        Browser.Page refused = agent.post("/knowledge/articles", second);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("value=\"Tweede titel " + unique + "\"")
            .contains("value=\"retour-" + unique + "\"")
            .contains("&lt;p&gt;Mijn lange tekst " + unique + "&lt;/p&gt;")
            .contains("already has the slug");
    }

    @Test
    void restoringVersionOneBringsBackTheOldTitle() {
        agent.get("/knowledge/articles/new");
        Browser.Page created = agent.post("/knowledge/articles", form("Oude titel " + unique, "<p>Oud</p>", "draft"));
        long id = id(created);
        Map<String, String> change = form("Nieuwe titel " + unique, "<p>Nieuw</p>", "draft");
        change.remove("language");
        change.put("version", "1");
        Browser.Page changed = agent.post("/knowledge/articles/" + id, change);
        assertThat(changed.html()).contains("<h1>Nieuwe titel " + unique + "</h1>");

        Browser.Page oldVersion = agent.get("/knowledge/articles/" + id + "/versions/1");
        assertThat(oldVersion.html()).contains("Oude titel " + unique).contains("<p>Oud</p>");
        Browser.Page restored = agent.post("/knowledge/articles/" + id + "/versions/1/restore", Map.of());

        assertThat(restored.path()).isEqualTo("/knowledge/articles/" + id);
        assertThat(restored.html()).contains("<h1>Oude titel " + unique + "</h1>")
            .contains("Version 1 restored; it is now version 3.");
    }

    @Test
    void aStaleVersionIsRefusedWithoutLosingTheChange() {
        agent.get("/knowledge/articles/new");
        long id = id(agent.post("/knowledge/articles", form("Twee editors " + unique, "<p>Een</p>", "draft")));
        Map<String, String> first = form("Eerste wijziging " + unique, "<p>Een</p>", "draft");
        first.put("version", "1");
        agent.post("/knowledge/articles/" + id, first);
        Map<String, String> late = form("Late wijziging " + unique, "<p>Mijn werk</p>", "draft");
        late.put("version", "1");

        Browser.Page refused = agent.post("/knowledge/articles/" + id, late);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("value=\"Late wijziging " + unique + "\"").contains("&lt;p&gt;Mijn werk&lt;/p&gt;");
    }

    @Test
    void aTranslationIsLinkedBothWays() {
        agent.get("/knowledge/articles/new");
        long original = id(agent.post("/knowledge/articles", form("Bezorging " + unique, "<p>NL</p>", "draft")));
        Browser.Page blank = agent.get("/knowledge/articles/new?translationOf=" + original);
        assertThat(blank.html()).contains("name=\"translationOf\" value=\"" + original + "\"")
            .containsPattern("<option value=\"en\" selected=\"selected\"");
        Map<String, String> english = form("Delivery " + unique, "<p>EN</p>", "draft");
        english.put("language", "en");
        english.put("translationOf", String.valueOf(original));

        Browser.Page translation = agent.post("/knowledge/articles", english);

        assertThat(translation.html()).contains("href=\"/knowledge/articles/" + original + "\"");
        assertThat(agent.get("/knowledge/articles/" + original).html())
            .contains("href=\"/knowledge/articles/" + id(translation) + "\"");
    }

    @Test
    void theSearchBoxFindsInternalArticlesWithTheWordsMarked() {
        String word = "ontkalkingsmiddel" + unique.replaceAll("[^a-z]", "");
        agent.get("/knowledge/articles/new");
        Map<String, String> internal = form("Intern: " + word, "<p>Gebruik nooit " + word + " op de pomp.</p>",
            "published");
        internal.put("internal", "true");
        agent.post("/knowledge/articles", internal);

        Browser.Page results = agent.get("/knowledge?q=" + word);
        // the index follows a moment after the save
        for (int attempt = 0; attempt < 40 && !results.html().contains("<mark>"); attempt++) {
            pause();
            results = agent.get("/knowledge?q=" + word);
        }

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.html()).contains("Intern: " + word).contains("<mark>" + word + "</mark>")
            .contains("class=\"tag kb-internal\"");
    }

    @Test
    void theRichTextEditorWritesHtmlInChromium() {
        String email = "editor-" + UUID.randomUUID() + "@loyaldesk.test";
        new Api(port).post("/api/v1/agents", Map.of("email", email, "name", "Eva Editor", "password", PASSWORD,
            "role", "AGENT"));
        try (Chromium runner = Chromium.launch()) {
            BrowserContext context = runner.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000));
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    problems.add(message.text());
                }
            });
            page.onPageError(problems::add);
            page.navigate(base() + "/login?lang=en");
            page.locator("#username").fill(email);
            page.locator("#password").fill(PASSWORD);
            page.locator("button[type=submit]").click();
            page.waitForURL("**/inbox");

            page.navigate(base() + "/knowledge/articles/new");
            page.locator("input[name=title]").fill("Cleaning the milk frother " + unique);
            page.locator("select[name=status]").selectOption("published");
            Locator visual = page.locator(".kb-visual");
            PlaywrightAssertions.assertThat(visual).isVisible();
            PlaywrightAssertions.assertThat(page.locator("textarea[name=body]")).isHidden();
            visual.click();
            page.keyboard().type("Before you start");
            page.locator("[data-command=heading]").click();
            page.keyboard().press("End");
            page.keyboard().press("Enter");
            page.locator("[data-command=bold]").click();
            page.keyboard().type("Unplug it");
            page.locator("[data-command=bold]").click();
            page.keyboard().press("Enter");
            page.locator("[data-command=insertUnorderedList]").click();
            page.keyboard().type("Rinse");
            page.keyboard().press("Enter");
            page.keyboard().type("Dry");
            Chromium.screenshot(page, "knowledge-editor");

            page.locator("[data-source-toggle]").click();
            PlaywrightAssertions.assertThat(page.locator("textarea[name=body]")).isVisible();
            String source = page.locator("textarea[name=body]").inputValue();
            assertThat(source).contains("<h2>Before you start</h2>").contains("<b>Unplug it</b>")
                .contains("<ul><li>Rinse</li><li>Dry</li></ul>");
            page.locator("textarea[name=body]").fill(source + "<p>Added in the source</p>");
            page.locator("[data-source-toggle]").click();
            PlaywrightAssertions.assertThat(visual).containsText("Added in the source");
            page.locator("button[type=submit].primary").click();
            page.waitForURL("**/knowledge/articles/*");

            PlaywrightAssertions.assertThat(page.locator(".flash.notice")).hasText("Article saved.");
            PlaywrightAssertions.assertThat(page.locator(".kb-article-body h2"))
                .hasText("Before you start");
            PlaywrightAssertions.assertThat(page.locator(".kb-article-body li")).hasCount(2);
            PlaywrightAssertions.assertThat(page.locator(".kb-article-body")).containsText("Added in the source");
            Chromium.screenshot(page, "knowledge-article");
            page.navigate(base() + "/knowledge?lang=nl&q=frother");
            for (int attempt = 0; attempt < 40 && page.locator(".search-hit").count() == 0; attempt++) {
                page.waitForTimeout(250);
                page.reload();
            }
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Kennisbank");
            PlaywrightAssertions.assertThat(page.locator(".search-hit .hit-subject"))
                .hasText("Cleaning the milk frother " + unique);
            Chromium.screenshot(page, "knowledge-list-nl");
            assertThat(problems).isEmpty();
            context.close();
        }
    }

    @Test
    void onlyAdminsEditSynonyms() {
        assertThat(agent.get("/knowledge/synonyms").status()).isEqualTo(403);
        assertThat(agent.post("/knowledge/synonyms", Map.of("text", "a, b")).status()).isEqualTo(403);
        assertThat(agent.get("/knowledge").html()).doesNotContain("/knowledge/synonyms");

        Browser admin = browser("ADMIN");
        admin.get("/knowledge/synonyms");
        Browser.Page refused = admin.post("/knowledge/synonyms", Map.of("text", "retour, terugsturen\nalleen"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("at least two different words").contains("retour, terugsturen\nalleen");

        List<List<String>> before = synonyms.groups();
        try {
            Browser.Page saved = admin.post("/knowledge/synonyms", Map.of("text",
                "Kbsyn" + unique + "a, kbsyn" + unique + "b\n\n kbsyn" + unique + "c ,kbsyn" + unique + "d,"));
            assertThat(saved.path()).isEqualTo("/knowledge/synonyms");
            assertThat(saved.html()).contains("Synonyms saved.")
                .contains("kbsyn" + unique + "a, kbsyn" + unique + "b\nkbsyn" + unique + "c, kbsyn" + unique + "d</textarea>");
        } finally {
            synonyms.replace(before);
        }
    }

    @Test
    void everyTextOfTheseScreensExistsInEnglishAndDutch() throws IOException {
        Properties english = bundle("/knowledge-team.properties");
        Properties dutch = bundle("/knowledge-team_nl.properties");

        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("kb.team."));
    }

    private Browser browser(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@loyaldesk.test";
        new Api(port).post("/api/v1/agents", Map.of("email", email, "name", "Kennis " + role, "password", PASSWORD,
            "role", role));
        Browser browser = new Browser(port);
        Browser.Page home = browser.logIn(email, PASSWORD);
        assertThat(home.path()).isEqualTo("/inbox");
        return browser;
    }

    private static Map<String, String> form(String title, String body, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("language", "nl");
        form.put("title", title);
        form.put("slug", "");
        form.put("summary", "");
        form.put("categoryId", "");
        form.put("status", status);
        form.put("body", body);
        return form;
    }

    private static long id(Browser.Page page) {
        assertThat(page.path()).matches("/knowledge/articles/\\d+");
        return Long.parseLong(page.path().substring(page.path().lastIndexOf('/') + 1));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(KnowledgeTeamPagesTests.class.getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
