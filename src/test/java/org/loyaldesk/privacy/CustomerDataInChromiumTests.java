package org.loyaldesk.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * An admin answers a subject access request in a real Chromium: from the customer's page to the export,
 * in Dutch and in English, on a desk and on a phone. Screenshots go to target/screenshots.
 */
@LoyaldeskTest
class CustomerDataInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Autowired
    Surveys surveys;

    @Test
    void anAdminOpensTheExportFromTheCustomersPageInDutchAndEnglish() {
        Histories histories = new Histories(port, surveys);
        Histories.Customer marloes = histories.customer("Marloes",
            "Goedemiddag, mijn retour <script>alert('x')</script> van de espressomachine is al twee weken onderweg.");
        String base = "http://localhost:" + port;
        Page page = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)), base,
            histories.staff("ADMIN"));

        page.navigate(base + "/customers/" + marloes.id() + "?lang=nl");
        page.getByText("Gegevens exporteren (AVG)").click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/" + marloes.id() + "/export"));
        assertThat(page.locator("h1")).hasText("Gegevens van Marloes Bakker");
        assertThat(page.locator(".cd-inbound .cd-text")).hasText(marloes.question());
        assertThat(page.locator(".cd-note .cd-text")).hasText(marloes.note());
        Chromium.screenshot(page, "privacy-export-nl");

        page.navigate(base + "/customers/" + marloes.id() + "/export?lang=en");
        assertThat(page.locator("h1")).hasText("Data of Marloes Bakker");
        assertThat(page.locator("#cd-answers")).hasText("Answers to our questions");
        Chromium.screenshot(page, "privacy-export-en");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator(".cd-reply .cd-text")).hasText(marloes.reply());
        Chromium.screenshot(page, "privacy-export-phone-en");
    }

    private static Page logIn(com.microsoft.playwright.BrowserContext context, String base, String email) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("#username").fill(email);
        page.locator("#password").fill(Histories.PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/inbox"));
        return page;
    }
}
