package org.loyaldesk.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * The admin screens in a real Chromium on the demo helpdesk, in Dutch and English (the agent deactivated is Lisa,
 * whom no other browser test signs in as: the demo application is shared by them all): the admin deactivates an
 * agent, who is then refused at login. Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class AdminScreensInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void anAdminWorksThroughTheSettingsInDutchAndEnglishAndADeactivatedAgentIsRefused() {
        String base = "http://localhost:" + port;
        BrowserContext desk = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        Page admin = Chromium.logIn(desk, base, "sanne@loyaldesk.demo");

        for (String lang : new String[] { "nl", "en" }) {
            admin.navigate(base + "/settings?lang=" + lang);
            Chromium.screenshot(admin, "admin-staff-" + lang);
            admin.navigate(base + "/settings/hours?lang=" + lang);
            assertThat(admin.locator("h1")).hasText(lang.equals("nl") ? "Openingstijden" : "Business hours");
            Chromium.screenshot(admin, "admin-hours-" + lang);
            admin.navigate(base + "/settings/reasons?lang=" + lang);
            Chromium.screenshot(admin, "admin-reasons-" + lang);
            admin.navigate(base + "/settings/surveys?lang=" + lang);
            Chromium.screenshot(admin, "admin-surveys-" + lang);
            admin.navigate(base + "/settings/anger?lang=" + lang);
            Chromium.screenshot(admin, "admin-anger-" + lang);
            admin.navigate(base + "/settings/audit?lang=" + lang);
            Chromium.screenshot(admin, "admin-audit-" + lang);
        }

        admin.navigate(base + "/settings?lang=nl");
        admin.locator("a", new Page.LocatorOptions().setHasText("Lisa Smit")).first().click();
        assertThat(admin.locator("h1")).hasText("Lisa Smit");
        admin.locator("button", new Page.LocatorOptions().setHasText("Wachtwoord laten maken")).click();
        assertThat(admin.locator("code.generated-password")).isVisible();
        Chromium.screenshot(admin, "admin-agent-password-nl");
        String password = admin.locator("code.generated-password").textContent().strip();
        admin.locator("button", new Page.LocatorOptions().setHasText("Deactiveren")).click();
        assertThat(admin.locator(".meta .status")).hasText("Gedeactiveerd");
        Chromium.screenshot(admin, "admin-agent-deactivated-nl");
        admin.navigate(base + "/settings/audit?lang=en&action=agent.");
        assertThat(admin.locator("td code", new Page.LocatorOptions().setHasText("agent.deactivated"))).isVisible();
        Chromium.screenshot(admin, "admin-audit-filtered-en");

        BrowserContext other = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1000, 700)
            .setLocale("nl-NL"));
        Page anna = other.newPage();
        anna.navigate(base + "/login?lang=nl");
        anna.locator("input[name=username]").fill("lisa@loyaldesk.demo");
        anna.locator("input[name=password]").fill(password);
        anna.locator("button[type=submit]").click();
        assertThat(anna.locator(".flash.error")).containsText("gedeactiveerd");
        Chromium.screenshot(anna, "admin-login-deactivated-nl");
    }
}
