package org.loyaldesk.automation.macros.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * An agent answers with a macro using the keyboard alone: m opens the picker, the arrows choose, Enter puts the
 * filled-in text in the reply box, in the customer's language, with the macro's status under "then"; Ctrl+Enter
 * sends it. The screens in Dutch and English.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class MacroInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({ "en, Reply sent., Thanks", "nl, Antwoord verstuurd., Dank" })
    void anAgentAnswersWithAMacroUsingTheKeyboardAlone(String lang, String sent, String greeting) {
        Api api = new Api(port);
        String name = "Zz macro " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> macro = new HashMap<>(Map.of("name", name, "shared", true, "status", "solved",
            "tags", java.util.List.of("macro-" + lang),
            "textNl", "Dank je, {customer.name}! Zie {article:retourneren}. Groet, {agent.name}",
            "textEn", "Thanks, {customer.name}! See {article:retourneren}. Regards, {agent.name}"));
        api.post("/api/v1/automation/macros", macro);
        String customer = "en".equals(lang) ? "Emma Clarke" : "Daan Visser";
        long conversation = api.post("/api/v1/messages/inbound", Map.of("channel", "email",
            "from", Map.of("email", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "name", customer),
            "subject", "Return", "text", "en".equals(lang)
                ? "Hello, I would like to return the grinder I bought last week. How does that work?"
                : "Hallo, ik wil de molen die ik vorige week kocht terugsturen. Hoe werkt dat?")).id("conversationId");

        Page page = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            base(), "anna@loyaldesk.demo");
        page.navigate(base() + "/conversations/" + conversation + "?lang=" + lang);
        page.locator("body").focus();
        page.keyboard().press("m");
        Locator picker = page.locator("#macro-picker");
        assertThat(picker).isVisible();
        Locator chosen = picker.locator("[role=option][aria-selected=true]");
        for (int i = 0; i < 50 && !chosen.innerText().contains(name); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(chosen).containsText(name);
        screenshot(page, "macro-picker-" + lang);
        page.keyboard().press("Enter");

        Locator reply = page.locator("#reply-text");
        assertThat(reply).hasValue(Pattern.compile("^" + greeting + ".*" + customer
            + ".*/help/" + lang + "/retourneren.*Anna.*", Pattern.DOTALL));
        assertThat(reply).isFocused();
        assertThat(page.locator("#reply-form select[name=then]")).hasValue("solved");
        assertThat(page.locator("#macro-result")).containsText(name);
        screenshot(page, "macro-applied-" + lang);
        page.keyboard().press("Control+Enter");

        assertThat(page.locator(".flash.notice")).hasText(sent, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator(".timeline .entry.k-reply").last()).containsText(customer);
        assertThat(page.locator("#status")).hasValue("solved");
        assertThat(page.locator(".tags")).containsText("macro-" + lang);
        screenshot(page, "macro-sent-" + lang);

        page.navigate(base() + "/macros?lang=" + lang);
        assertThat(page.locator("main")).containsText(name);
        screenshot(page, "macro-list-" + lang);
        page.navigate(base() + "/macros/new?lang=" + lang);
        page.locator("input[name=name]").fill("Typo");
        page.locator("textarea[name=textNl]").fill("Hoi {klant.naam}");
        page.locator("textarea[name=textNl]").press("Control+Enter");
        assertThat(page.locator(".flash.error")).containsText("{klant.naam}");
        screenshot(page, "macro-form-refused-" + lang);
    }

    @ParameterizedTest
    @CsvSource({ "en, would match, Rule saved.", "nl, zouden voldoen, Regel opgeslagen." })
    void anAdminTriesARuleOnRecentConversationsAndSavesIt(String lang, String dryRun, String saved) {
        Page page = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            base(), "sanne@loyaldesk.demo");
        page.navigate(base() + "/settings/rules?lang=" + lang);
        String name = "Email urgent " + lang;
        page.locator("input[name=name]").fill(name);
        page.locator("textarea[name=conditions]").fill("channel is email\nstatus is-not solved");
        page.locator("textarea[name=actions]").fill("priority high\ntag checked");
        page.locator("button[value=try]").click();

        assertThat(page.locator(".dry-run h3")).containsText(dryRun);
        assertThat(page.locator(".dry-run tbody tr").first()).isVisible();
        assertThat(page.locator("textarea[name=actions]")).hasValue("priority high\ntag checked");
        screenshot(page, "rules-dry-run-" + lang);
        page.locator("textarea[name=conditions]").fill("colour is red");
        page.locator("button[value=save]").click();
        assertThat(page.locator(".flash.error")).containsText("colour");
        page.locator("textarea[name=conditions]").fill("channel is email");
        page.locator("button[value=save]").click();
        assertThat(page.locator(".flash.notice")).hasText(saved);
        assertThat(page.locator("table.rules")).containsText(name);
        screenshot(page, "rules-saved-" + lang);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }
}
