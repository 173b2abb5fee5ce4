package org.loyaldesk.automation.sla;

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
import com.microsoft.playwright.options.AriaRole;

/**
 * On the demo helpdesk in Chromium: an admin sets an SLA target and a team calendar with Dutch holidays, and the
 * agent's inbox, sorted by due time, shows "due in" and "overdue" in Dutch and English. Screenshots go to
 * target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class SlaInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void anAdminSetsTargetsAndTheAgentSeesDueTimesInDutchAndEnglish() {
        String base = "http://localhost:" + port;
        BrowserContext desk = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        Page admin = Chromium.logIn(desk, base, "sanne@loyaldesk.demo");

        admin.navigate(base + "/settings/sla?lang=en");
        admin.locator("select[name=priority]").selectOption("normal");
        admin.locator("input[name=firstReply]").fill("240");
        admin.locator("input[name=nextReply]").fill("120");
        admin.locator("input[name=resolution]").fill("2400");
        admin.locator("form.sla-policy-form button[type=submit]").click();
        assertThat(admin.locator("table.sla-policies tbody tr")).hasCount(1);
        admin.locator("input[name=firstReply]").fill("60");
        admin.locator("select[name=priority]").selectOption("high");
        admin.locator("form.sla-policy-form button[type=submit]").click();
        assertThat(admin.locator("table.sla-policies tbody tr")).hasCount(2);
        admin.locator("input[name=dutch]").check();
        admin.locator("textarea[name=ownHolidays]").fill("2026-12-31");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save calendar")).click();
        assertThat(admin.locator("#sla-calendar .hint").first()).containsText("calendar of its own");
        assertThat(admin.locator("ul.sla-holidays")).containsText("King's Day");
        Chromium.screenshot(admin, "sla-settings-en");
        admin.navigate(base + "/settings/sla?lang=nl");
        assertThat(admin.locator("h1")).hasText("Servicenormen (SLA)");
        assertThat(admin.locator("ul.sla-holidays")).containsText("Koningsdag");
        Chromium.screenshot(admin, "sla-settings-nl");

        BrowserContext other = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        Page anna = Chromium.logIn(other, base, "anna@loyaldesk.demo");
        for (String lang : new String[] { "nl", "en" }) {
            anna.navigate(base + "/inbox?view=all&sort=due&lang=" + lang);
            // the policy change recomputes every open conversation in the background
            for (int i = 0; i < 30 && anna.locator(".row .due").count() == 0; i++) {
                anna.waitForTimeout(500);
                anna.reload();
            }
            assertThat(anna.locator(".row .due").first()).containsText(lang.equals("nl") ? "over tijd" : "overdue");
            Chromium.screenshot(anna, "sla-inbox-" + lang);
        }

        Page lead = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            base, "fatima@loyaldesk.demo");
        lead.navigate(base + "/sla?lang=nl");
        assertThat(lead.locator("h1")).hasText("Servicenormen");
        Chromium.screenshot(lead, "sla-lead-nl");
        lead.navigate(base + "/sla?lang=en");
        assertThat(lead.locator("#anger-team")).containsText("Angry customers go to");
        Chromium.screenshot(lead, "sla-lead-en");
    }
}
