package org.loyaldesk.conversation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The customer 360 suggests records that are probably the same person, in a real Chromium: an agent
 * sees why (same name and phone number, same name and email domain), in Dutch and in English, and
 * merges one with a click. Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class LikelyDuplicatesInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void anAgentSeesWhyTwoRecordsAreProbablyTheSamePersonAndMergesOneWithAClick() {
        Api api = new Api(port);
        String mobile = String.valueOf(90_000_000 + ThreadLocalRandom.current().nextInt(9_999_999));
        String domain = "studio-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + ".nl";
        long sophie = customer(api, "email", Map.of("email", "sophie@" + domain, "phone", "06 " + mobile,
            "name", "Sophie van Leeuwen"), "Mijn bestelling KK-240311 is nog niet binnen.");
        long onWhatsApp = customer(api, "whatsapp", Map.of("phone", "+31 (0)6 " + mobile, "name", "Sophie van  Leeuwen"),
            "Hoi, ik heb jullie al gemaild over KK-240311");
        long atWork = customer(api, "email", Map.of("email", "s.vanleeuwen@" + domain, "name", "sophie van leeuwen"),
            "Kan ik de factuur op mijn werkadres krijgen?");

        Page page = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            base(), "anna@loyaldesk.demo");
        page.navigate(base() + "/customers/" + sophie + "?lang=nl");
        Locator suggestions = page.locator(".likely-duplicates li");
        assertThat(page.getByRole(AriaRole.HEADING,
            new Page.GetByRoleOptions().setName("Mogelijk dezelfde persoon"))).isVisible();
        assertThat(suggestions).hasCount(2);
        assertThat(suggestions.nth(0)).containsText("zelfde naam en telefoonnummer");
        assertThat(suggestions.nth(0)).containsText("+3106" + mobile);
        assertThat(suggestions.nth(0).locator("a")).hasAttribute("href", "/customers/" + onWhatsApp);
        assertThat(suggestions.nth(1)).containsText("zelfde naam en e-maildomein " + domain);
        assertThat(suggestions.nth(1)).containsText("s.vanleeuwen@" + domain);
        assertThat(suggestions.nth(1).locator("a")).hasAttribute("href", "/customers/" + atWork);
        Chromium.screenshot(page, "likely-duplicates-nl");

        page.navigate(base() + "/customers/" + sophie + "?lang=en");
        assertThat(page.locator(".customer-page")).containsText("Possibly the same person");
        assertThat(suggestions.nth(0)).containsText("same name and phone number");
        assertThat(suggestions.nth(1)).containsText("same name and email domain at " + domain);
        Chromium.screenshot(page, "likely-duplicates-en");

        suggestions.nth(0).getByRole(AriaRole.BUTTON).click();

        assertThat(page.locator(".flash.notice")).hasText("The customers were merged.");
        assertThat(suggestions).hasCount(1);
        assertThat(suggestions.first()).containsText("same name and email domain at " + domain);
        assertThat(page.locator(".history")).containsText("Hoi, ik heb jullie al gemaild");
        Chromium.screenshot(page, "likely-duplicates-merged-en");

        page.setViewportSize(390, 844);
        page.navigate(base() + "/customers/" + sophie + "?lang=nl");
        Chromium.screenshot(page, "likely-duplicates-phone-nl");
        suggestions.first().getByRole(AriaRole.BUTTON).click();

        assertThat(page.locator(".flash.notice")).hasText("De klanten zijn samengevoegd.");
        assertThat(suggestions).hasCount(0);
        assertThat(page.locator(".customer-page")).not().containsText("Mogelijk dezelfde persoon");
        assertThat(page.locator(".contacts")).containsText("s.vanleeuwen@" + domain);
    }

    private static long customer(Api api, String channel, Map<String, String> from, String text) {
        return api.post("/api/v1/messages/inbound", Map.of("channel", channel, "from", from, "text", text))
            .id("customerId");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
