package org.loyaldesk.search.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The search box in the top bar, in a real Chromium, on the demo helpdesk: an agent types, sees
 * the conversation with the matched words highlighted, in Dutch and in English, and opens the
 * message. Screenshots go to target/screenshots and /tmp.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class SearchInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void anAgentSearchesFromTheTopBarWithATypoInDutchAndAnOrderNumberInEnglish() {
        Api api = new Api(port);
        long conversation = api.post("/api/v1/messages/inbound", Map.of("channel", "email",
            "from", Map.of("email", "m.bakker-" + UUID.randomUUID() + "@voorbeeld.nl", "name", "Marloes Bakker"),
            "subject", "Retourzending KK-240177",
            "text", "Goedemiddag, mijn retourzending van bestelling KK-240177 is al twee weken onderweg naar jullie. "
                + "Wanneer krijg ik mijn geld terug?")).id("conversationId");
        BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        Page page = Chromium.logIn(context, "http://localhost:" + port, "anna@loyaldesk.demo");

        page.navigate("http://localhost:" + port + "/inbox?lang=nl");
        search(page, "retourzendnig");
        assertThat(page.locator("h1")).hasText("Gesprekken zoeken");
        Locator dutchHit = hitOf(page, conversation);
        assertThat(dutchHit.locator(".snippet mark").first()).hasText("retourzending");
        assertThat(page.locator(".hint")).containsText("bijna zo gespeld");
        Chromium.screenshot(page, "search-nl");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/search-nl.png")).setFullPage(true));

        page.navigate("http://localhost:" + port + "/inbox?lang=en");
        search(page, "KK-240177");
        assertThat(page.locator("h1")).hasText("Search conversations");
        Locator englishHit = hitOf(page, conversation);
        assertThat(englishHit.locator(".snippet mark").first()).containsText("240177");
        Chromium.screenshot(page, "search-en");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/search-en.png")).setFullPage(true));

        // the demo helpdesk was there before the index: it is read in at start, so its words are found too
        page.navigate("http://localhost:" + port + "/search?q=geld");
        assertThat(page.locator(".search-hit").nth(1)).isVisible();
        assertThat(page.locator(".search-hit mark").first()).hasText("geld");

        page.navigate("http://localhost:" + port + "/search?q=KK-240177");
        englishHit = hitOf(page, conversation);
        englishHit.locator(".hit-subject").click();
        String anchor = page.url().substring(page.url().indexOf('#') + 1);
        assertThat(page.locator("#" + anchor)).containsText("KK-240177");
    }

    /** Indexing follows a moment after the message is stored: search again until it shows. */
    private static Locator hitOf(Page page, long conversationId) {
        Locator hit = page.locator(".search-hit", new Page.LocatorOptions()
            .setHas(page.locator("a[href^='/conversations/" + conversationId + "#']")));
        for (int attempt = 0; attempt < 20 && hit.count() == 0; attempt++) {
            page.waitForTimeout(250);
            page.reload();
        }
        assertThat(hit).hasCount(1);
        return hit;
    }

    private static void search(Page page, String text) {
        page.locator("#top-search").fill(text);
        page.locator("#top-search").press("Enter");
        page.waitForURL("**/search?**");
    }
}
