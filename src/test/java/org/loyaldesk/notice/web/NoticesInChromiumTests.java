package org.loyaldesk.notice.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import com.microsoft.playwright.Page;

/**
 * The notices screen in a real Chromium on the demo helpdesk: a team lead posts an outage through
 * the form in Dutch and sees it as customers will, then reads the screen in English.
 * Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class NoticesInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void aLeadPostsAnOutageInDutchAndSeesTheScreenInEnglishToo() {
        String base = "http://localhost:" + port;
        Api api = new Api(port);
        api.post("/api/v1/notices", Map.of("severity", "warning", "titleNl", "Bezorging vertraagd",
            "textNl", "Door de drukte rond de feestdagen komen pakketten een dag later.",
            "titleEn", "Deliveries delayed", "textEn", "Parcels arrive a day later because of the holiday rush.",
            "until", Instant.now().plus(Duration.ofDays(5)).toString()));
        api.post("/api/v1/notices", Map.of("severity", "info", "titleEn", "New descaler in stock",
            "textEn", "The KK descaler is back.", "skus", List.of("KK-ESP-200"),
            "from", Instant.now().plus(Duration.ofDays(2)).toString()));
        BrowserContext desk = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        Page lead = Chromium.logIn(desk, base, "fatima@loyaldesk.demo");

        lead.navigate(base + "/notices?lang=nl");
        assertThat(lead.locator("h1")).hasText("Servicemeldingen");
        lead.locator("select[name=severity]").selectOption("outage");
        lead.locator("input[name=titleNl]").fill("Storing bij het afrekenen");
        lead.locator("textarea[name=textNl]").fill("Betalen met iDEAL lukt nu niet.\nWe werken aan een oplossing.");
        lead.locator("input[name=titleEn]").fill("Checkout disruption");
        lead.locator("textarea[name=textEn]").fill("Paying with iDEAL does not work right now.\nWe are on it.");
        lead.locator(".notice-form button[type=submit]").click();

        assertThat(lead.locator(".flash.notice")).hasText("Melding geplaatst.");
        assertThat(lead.locator(".notice-banner[role=alert] .notice-title")).hasText("Storing bij het afrekenen");
        assertThat(lead.locator(".notice-banner").first()).hasAttribute("role", "alert");
        assertThat(lead.locator(".notice-banner[role=status] .notice-title")).hasText("Bezorging vertraagd");
        Chromium.screenshot(lead, "notices-nl");

        lead.navigate(base + "/notices?lang=en");
        assertThat(lead.locator("h1")).hasText("Service notices");
        assertThat(lead.locator(".notice-banner[role=alert] .notice-title")).hasText("Checkout disruption");
        assertThat(lead.locator("td", new Page.LocatorOptions().setHasText("Buyers of KK-ESP-200"))).isVisible();
        Chromium.screenshot(lead, "notices-en");

        BrowserContext phone = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
            .setLocale("nl-NL"));
        Page small = Chromium.logIn(phone, base, "fatima@loyaldesk.demo");
        small.navigate(base + "/notices?lang=nl");
        assertThat(small.locator(".notice-banner").first()).isVisible();
        Chromium.screenshot(small, "notices-phone-nl");
    }
}
