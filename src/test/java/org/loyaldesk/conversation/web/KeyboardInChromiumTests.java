package org.loyaldesk.conversation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * An agent who works with the keyboard alone: through the inbox with j/k, into a conversation with
 * Enter, a reply written after r and sent with Ctrl+Enter, the shortcuts behind ?; and the error
 * page an agent meets on an admin page. In Dutch and English, with screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class KeyboardInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    private static final Pattern SELECTED = Pattern.compile("\\bselected\\b");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({ "en, Keyboard shortcuts, Reply sent.", "nl, Sneltoetsen, Antwoord verstuurd." })
    void anAgentRepliesWithTheKeyboardAlone(String lang, String dialogTitle, String sent) {
        Page page = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            base(), "anna@loyaldesk.demo");
        page.navigate(base() + "/inbox?lang=" + lang);
        Locator rows = page.locator("#inbox-list .row");

        // a conversation by email, which can be answered (a phone call cannot)
        int email = emailRow(rows);
        for (int i = 0; i <= email + 1; i++) {
            page.keyboard().press("j");
        }
        assertThat(rows.nth(email + 1)).hasClass(SELECTED);
        assertThat(rows.nth(email + 1).locator(".row-link")).isFocused();
        page.keyboard().press("k");
        assertThat(rows.nth(email)).hasClass(SELECTED);
        assertThat(page.locator("#inbox-list .row.selected")).hasCount(1);
        screenshot(page, "keys-inbox-" + lang);
        String chosen = rows.nth(email).locator(".row-link").getAttribute("href");

        page.keyboard().press("Enter");
        page.waitForURL("**" + chosen);
        // the customer's churn page is for leads: an agent sees no link that would only refuse them
        assertThat(page.locator(".risk-line")).isVisible();
        assertThat(page.locator("a[href*='/insight/customers/']")).hasCount(0);
        page.keyboard().press("r");
        assertThat(page.locator("#reply-text")).isFocused();
        // every shortcut letter typed in the reply box is just a letter
        String reply = "Jij krijgt je nieuwe koffiemolen vandaag. r/n? j k " + lang;
        page.keyboard().type(reply);
        assertThat(page.locator("#reply-text")).hasValue(reply);
        assertThat(page.locator("#shortcuts")).not().isVisible();
        page.keyboard().press("Control+Enter");

        // the first reply after start took over five seconds on the shared CI machine
        assertThat(page.locator(".flash.notice")).hasText(sent,
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator(".timeline .entry.k-reply").last()).containsText(reply);

        page.keyboard().press("n");
        assertThat(page.locator("#note-text")).isFocused();
        page.keyboard().press("Escape");
        page.locator("#note-text").blur();
        page.keyboard().press("/");
        assertThat(page.locator("#top-search")).isFocused();
        assertThat(page.locator("#top-search")).hasValue("");
        page.locator("#top-search").blur();

        page.keyboard().press("?");
        Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG,
            new Page.GetByRoleOptions().setName(dialogTitle));
        assertThat(dialog).isVisible();
        assertThat(dialog.locator("kbd").first()).hasText("j");
        screenshot(page, "keys-dialog-" + lang);
        page.keyboard().press("Escape");
        assertThat(dialog).not().isVisible();
    }

    @ParameterizedTest
    @CsvSource({ "en, Your role does not give access to this page., To the inbox",
        "nl, Je rol geeft geen toegang tot deze pagina., Naar de inbox" })
    void anAgentOnAnAdminPageSeesAnErrorPageWithTheWayBack(String lang, String why, String back) {
        Page page = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1000, 700)),
            base(), "anna@loyaldesk.demo");
        page.navigate(base() + "/inbox?lang=" + lang);

        assertThat(page.navigate(base() + "/settings").status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText(why);
        screenshot(page, "error-403-" + lang);
        assertThat(page.navigate(base() + "/conversations/999999999").status()).isEqualTo(404);
        screenshot(page, "error-404-" + lang);

        page.getByText(back).click();
        page.waitForURL("**/inbox");
        assertThat(page.locator("#inbox-list")).isVisible();
    }

    private static int emailRow(Locator rows) {
        for (int i = 0; i < rows.count(); i++) {
            if (rows.nth(i).locator(".ch-email").count() > 0) {
                return i;
            }
        }
        throw new IllegalStateException("the demo inbox has no conversation by email");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }
}
