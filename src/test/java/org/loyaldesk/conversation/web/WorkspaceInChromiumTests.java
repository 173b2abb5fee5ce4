package org.loyaldesk.conversation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;

/**
 * The agent workspace in a real Chromium, as an agent uses it: log in, open a conversation, see
 * the customer 360, reply, see colleagues and new messages arrive live, switch to Dutch.
 * Screenshots of every screen go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class WorkspaceInChromiumTests {

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void anAgentWorksAConversationLiveAndInDutch() {
        BrowserContext anna = chromium.newContext(new Browser.NewContextOptions().setLocale("en-GB")
            .setViewportSize(1400, 900));
        Page page = logIn(anna, "anna@loyaldesk.demo");
        page.navigate(base() + "/inbox?lang=en");
        assertThat(page.locator(".view.active")).containsText("Mine");
        page.navigate(base() + "/inbox?view=all");
        assertThat(page.locator(".view.active")).containsText("All");
        screenshot(page, "inbox-en");

        page.locator(".row-link").first().click();
        assertThat(page.locator(".customer360 h2")).isVisible();
        assertThat(page.locator(".customer360")).containsText("Orders and products");
        String conversationPath = page.url().substring(page.url().indexOf("/conversations/"));
        long conversationId = Long.parseLong(conversationPath.substring("/conversations/".length()));

        page.locator("#reply-text").fill("Thanks for your patience, a new machine ships today.");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send reply")).click();
        assertThat(page.locator(".flash.notice")).hasText("Reply sent.");
        assertThat(page.locator(".timeline .entry.k-reply").last()).containsText("a new machine ships today");

        Page bram = logIn(chromium.newContext(), "bram@loyaldesk.demo");
        bram.navigate(base() + conversationPath);
        bram.locator("#reply-text").pressSequentially("Ik neem het over", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.locator("#presence")).containsText("Bram de Vries is typing");

        customerWritesTo(conversationId, "Great, thank you! Will it come before Friday?");
        assertThat(page.locator(".timeline .entry.k-inbound").last()).containsText("Will it come before Friday?");
        screenshot(page, "conversation-en");

        page.locator(".lang a[hreflang=nl]").click();
        assertThat(page.locator(".mainnav")).containsText("Klanten");
        assertThat(page.locator("#reply-form button[type=submit]")).hasText("Antwoord versturen");
        assertThat(page.locator(".customer360")).containsText("Bestellingen en producten");
        screenshot(page, "conversation-nl");
        page.navigate(base() + "/inbox");
        assertThat(page.locator(".views")).containsText("Niet toegewezen");
        screenshot(page, "inbox-nl");

        Page again = logIn(chromium.newContext(), "anna@loyaldesk.demo");
        assertThat(again.locator(".mainnav")).containsText("Klanten");
    }

    @Test
    void theCustomerPageAndSettingsRenderInBothLanguages() {
        Page admin = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)), "sanne@loyaldesk.demo");
        for (String lang : List.of("en", "nl")) {
            admin.navigate(base() + "/customers?q=a&lang=" + lang);
            admin.locator(".results a").first().click();
            assertThat(admin.locator(".customer-page h1")).isVisible();
            assertThat(admin.locator(".history li").first()).isVisible();
            screenshot(admin, "customer-" + lang);
            admin.navigate(base() + "/settings");
            assertThat(admin.locator("table").first()).containsText("anna@loyaldesk.demo");
            screenshot(admin, "settings-" + lang);
        }
        assertThat(admin.locator("main h2").first()).hasText("Medewerkers");
    }

    @Test
    void emailShowsItsAttachmentsFoldedQuotesAndOriginalAndSpamStaysInItsView() throws Exception {
        Page page = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            "bram@loyaldesk.demo");
        // the demo customers write while another conversation of theirs is open: their mail continues it
        page.navigate(base() + conversationWith("flink ingedeukt") + "?lang=en");
        assertThat(page.locator(".timeline .attachments a")).hasText("doos.png");
        assertThat(page.locator(".timeline .message-links a").last()).hasText("show original");
        Path upload = Files.createTempFile("retourlabel", ".pdf");
        Files.writeString(upload, "%PDF-1.4 retourlabel");
        page.locator("#reply-text").fill("Hier is het retourlabel.");
        page.locator("#reply-form input[type=file]").setInputFiles(upload);
        page.locator("#reply-form button[type=submit]").click();
        assertThat(page.locator(".timeline .entry.k-reply .attachments a").last()).hasText(upload.getFileName().toString());
        screenshot(page, "email-en");

        page.navigate(base() + conversationWith("Zaterdag past mij goed") + "?lang=nl");
        assertThat(page.locator(".timeline details.folded summary",
            new Page.LocatorOptions().setHasText("eerdere berichten (geciteerd)"))).isVisible();
        screenshot(page, "email-nl");

        page.navigate(base() + "/inbox?view=spam");
        assertThat(page.locator(".rows")).containsText("CONGRATULATIONS");
        page.navigate(base() + "/inbox?view=all");
        assertThat(page.locator("#inbox-list")).not().containsText("CONGRATULATIONS");
    }

    @Test
    void anAgentMergesTwoConversationsOfOneCustomerAndSplitsOneOffAgainInEnglishAndDutch() {
        Api api = new Api(port);
        String email = "samenvoegen-" + java.util.UUID.randomUUID() + "@voorbeeld.nl";
        long parcel = api.inbound("chat", email, "Bestelling KK-8001 is niet bezorgd.", null).id("conversationId");
        long second = api.inbound("whatsapp", email, "Bestelling KK-8002 is kapot aangekomen.", null).id("conversationId");
        Page page = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            "anna@loyaldesk.demo");

        page.navigate(base() + "/conversations/" + parcel + "?lang=en");
        page.locator("#merge-other").selectOption(String.valueOf(second));
        page.locator("form.merge button[type=submit]").click();
        assertThat(page.locator(".timeline .entry.k-inbound")).hasCount(2);
        assertThat(page.locator(".timeline")).containsText("KK-8002 is kapot aangekomen");
        assertThat(page.locator(".timeline .event-line").last()).containsText("merged into this conversation");
        screenshot(page, "merged-en");

        page.navigate(base() + "/conversations/" + parcel + "?lang=nl");
        page.locator(".timeline .entry.k-inbound", new Page.LocatorOptions().setHasText("KK-8002"))
            .getByText("Vanaf hier afsplitsen").click();
        page.waitForURL(url -> !url.contains("/conversations/" + parcel));
        assertThat(page.locator(".timeline")).containsText("KK-8002 is kapot aangekomen");
        assertThat(page.locator(".timeline")).containsText("begon dit gesprek met berichten afgesplitst");
        assertThat(page.locator(".timeline")).not().containsText("samengevoegd");
        screenshot(page, "split-nl");
        page.navigate(base() + "/conversations/" + parcel);
        assertThat(page.locator(".timeline .entry.k-inbound")).hasCount(1);
        assertThat(page.locator(".timeline")).not().containsText("KK-8002 is kapot aangekomen");
    }

    @Test
    void anAgentLinksARelatedConversationOfAnotherCustomerAndRemovesTheLinkInDutchAndEnglish() {
        Api api = new Api(port);
        long outage = api.inbound("email", "storing-" + java.util.UUID.randomUUID() + "@voorbeeld.nl",
            "De app toont sinds vanochtend geen bestellingen meer.", null).id("conversationId");
        long same = api.inbound("chat", "storing-" + java.util.UUID.randomUUID() + "@voorbeeld.nl",
            "The app shows an empty order list since this morning.", null).id("conversationId");
        Page page = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            "anna@loyaldesk.demo");

        page.navigate(base() + "/conversations/" + outage + "?lang=nl");
        page.locator("#link-other").fill("#" + same);
        page.locator("#related button[type=submit]", new Page.LocatorOptions().setHasText("Koppelen")).click();
        assertThat(page.locator(".flash.notice")).containsText("Gesprekken gekoppeld");
        assertThat(page.locator("#related")).containsText("The app shows an empty order list");
        assertThat(page.locator(".timeline .event-line").last()).containsText("koppelde dit gesprek aan gesprek #" + same);
        page.locator("#related").scrollIntoViewIfNeeded();
        screenshot(page, "linked-nl");

        page.locator("#link-other").fill("twaalf");
        page.locator("#related button[type=submit]", new Page.LocatorOptions().setHasText("Koppelen")).click();
        assertThat(page.locator(".flash.error")).containsText("Vul het nummer van een gesprek in");

        page.navigate(base() + "/conversations/" + same + "?lang=en");
        assertThat(page.locator("#related")).containsText("De app toont sinds vanochtend");
        page.locator("#related").getByText("Remove link").click();
        assertThat(page.locator(".flash.notice")).containsText("Link removed");
        assertThat(page.locator("#related")).containsText("No conversations linked");
        assertThat(page.locator(".timeline .event-line").last()).containsText("removed the link to conversation #" + outage);
        page.locator("#related").scrollIntoViewIfNeeded();
        screenshot(page, "unlinked-en");
    }

    @Test
    void anAgentSetsTheirAvailabilityInTheTopBarOnALaptopScreenInDutchAndEnglish() {
        Page page = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1024, 700)),
            "anna@loyaldesk.demo");
        try {
            page.navigate(base() + "/inbox?lang=nl");
            page.locator("#my-availability").selectOption("away");
            page.waitForURL(url -> url.contains("/inbox"));
            assertThat(page.locator(".topbar .availability")).hasClass(java.util.regex.Pattern.compile("is-away"));
            assertThat(page.locator(".flash.notice")).containsText("Je bent afwezig");
            Object overflow = page.evaluate("() => { const bar = document.querySelector('.topbar');"
                + " return bar.scrollWidth - bar.clientWidth; }");
            assertThat(((Number) overflow).intValue()).as("the top bar fits a 1024 px screen").isLessThanOrEqualTo(0);
            screenshot(page, "availability-away-nl");

            page.navigate(base() + "/inbox?lang=en");
            page.locator("#my-availability").selectOption("offline");
            page.waitForURL(url -> url.contains("/inbox"));
            assertThat(page.locator(".topbar .availability")).hasClass(java.util.regex.Pattern.compile("is-offline"));
            assertThat(page.locator("#my-availability")).hasValue("offline");
            assertThat(page.locator(".flash.notice")).containsText("You are offline"); // routing is off in the demo
            screenshot(page, "availability-offline-en");
        } finally {
            page.locator("#my-availability").selectOption("online"); // other tests log in as Anna
            page.waitForURL(url -> url.contains("/inbox"));
        }
    }

    private Page logIn(BrowserContext context, String email) {
        return Chromium.logIn(context, base(), email);
    }

    private void customerWritesTo(long conversationId, String text) {
        Api api = new Api(port);
        JsonNode summary = api.get("/api/v1/conversations/" + conversationId).json().get("summary");
        JsonNode customer = api.get("/api/v1/customers/" + summary.get("customerId").asLong()).json();
        String email = customer.get("contacts").findValuesAsString("value").stream().filter(value -> value.contains("@"))
            .findFirst().orElseThrow();
        Api.Response response = api.post("/api/v1/messages/inbound", Map.of("channel", summary.get("channel").asString(),
            "from", Map.of("email", email), "text", text, "conversationId", conversationId));
        assertThat(response.status()).isEqualTo(201);
    }

    private String conversationWith(String text) {
        return "/conversations/" + jdbc.sql("SELECT conversation_id FROM conversation_message WHERE kind = 'INBOUND' "
            + "AND body LIKE ?").param("%" + text + "%").query(Long.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }
}
