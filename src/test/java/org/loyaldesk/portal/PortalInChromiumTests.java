package org.loyaldesk.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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

/**
 * The portal in a real Chromium, as a customer uses it on a phone and on a laptop: ask for a link,
 * sign in, read the conversation, answer it while the agent watches the conversation live, ask a new
 * question with articles suggested, look at their data; in English and in Dutch. Screenshots of each
 * screen go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class PortalInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aCustomerSignsInReadsAndAnswersAndTheAgentSeesTheAnswerLive() {
        String word = UUID.randomUUID().toString().substring(0, 6);
        String email = "portal-" + word + "@voorbeeld.nl";
        Api api = new Api(port);
        Api.Response inbound = api.inbound("email", email, "My grinder KK-" + word + " makes a loud noise since yesterday.", null);
        long conversation = inbound.id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/replies",
            Map.of("text", "Sorry to hear that. Could you tell us which setting you use?"));

        Page agent = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)),
            base(), "anna@loyaldesk.demo");
        agent.navigate(base() + "/conversations/" + conversation + "?lang=en");
        assertThat(agent.locator(".timeline .entry.k-reply").last()).containsText("which setting you use");

        BrowserContext phone = chromium.newContext(new Browser.NewContextOptions().setLocale("en-GB")
            .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        Page customer = phone.newPage();
        customer.navigate(base() + "/portal?lang=en");
        assertThat(customer.locator("h1")).hasText("Sign in");
        customer.getByLabel("Your email address").fill(email);
        customer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(customer.locator("[role=status]")).containsText("a sign-in link is on its way");
        Chromium.screenshot(customer, "portal-check-mail-en");

        // the link as the mail brings it (reading it from a real mailbox is PortalSignInTests' subject)
        customer.navigate(base() + "/portal/sign-in/" + PortalCustomers.link(jdbc, inbound.id("customerId")));
        Chromium.screenshot(customer, "portal-confirm-en");
        customer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(customer.locator("h1")).hasText("My conversations");
        assertThat(customer.locator(".portal-list")).containsText("Waiting for your answer");
        Chromium.screenshot(customer, "portal-conversations-phone-en");

        customer.locator(".portal-list a[href$='/" + conversation + "']").click();
        assertThat(customer.locator(".portal-thread")).containsText("which setting you use");
        customer.getByLabel("Your answer").fill("Setting 4, the fine one. It started after descaling.");
        customer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        assertThat(customer.locator(".portal-ok")).containsText("your message has been added");
        assertThat(customer.locator(".portal-thread li").last()).containsText("Setting 4, the fine one");
        Chromium.screenshot(customer, "portal-conversation-phone-en");

        // the agent did nothing: the answer arrives on their open page by itself
        assertThat(agent.locator(".timeline .entry.k-inbound").last()).containsText("Setting 4, the fine one");
        Chromium.screenshot(agent, "portal-answer-seen-by-agent-en");

        customer.locator("a.help-lang").click();
        assertThat(customer.locator("h1")).containsText("My grinder");
        assertThat(customer.locator(".portal-reply button")).hasText("Versturen");
        Chromium.screenshot(customer, "portal-conversation-phone-nl");
    }

    @Test
    void theOtherScreensReadWellInBothLanguages() {
        String email = "scherm-" + UUID.randomUUID().toString().substring(0, 6) + "@voorbeeld.nl";
        Api api = new Api(port);
        Api.Response inbound = api.inbound("api", email, "Waar blijft mijn bestelling?", null);
        api.post("/api/v1/conversations/" + inbound.id("conversationId") + "/replies",
            Map.of("text", "Je pakket is onderweg en komt morgen."));
        api.post("/api/v1/notices", Map.of("severity", "warning", "titleNl", "Vertraging bij PostNL",
            "textNl", "Pakketten komen deze week een dag later.", "titleEn", "Delays at PostNL",
            "textEn", "Parcels arrive a day later this week."));
        BrowserContext laptop = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page customer = laptop.newPage();
        customer.navigate(base() + "/portal/sign-in/" + PortalCustomers.link(jdbc, inbound.id("customerId")));
        customer.locator("form button[type=submit]").click();

        // a fresh demo instance indexes its help articles in the background, just after it starts
        await().atMost(Duration.ofSeconds(60)).until(() -> customer.request().get(base()
            + "/help/en/suggest?question=true&q=track%20my%20parcel").text().contains("<a"));
        for (String lang : new String[] { "en", "nl" }) {
            customer.navigate(base() + "/portal/conversations?lang=" + lang);
            assertThat(customer.locator(".notice-banners")).containsText("nl".equals(lang) ? "Vertraging bij PostNL"
                : "Delays at PostNL");
            Chromium.screenshot(customer, "portal-conversations-" + lang);
            customer.locator(".portal-list a").first().click();
            assertThat(customer.locator(".portal-thread")).containsText("komt morgen");
            Chromium.screenshot(customer, "portal-conversation-" + lang);

            customer.navigate(base() + "/portal/requests/new");
            customer.locator("#contact-text").pressSequentially("nl".equals(lang) ? "Waar is mijn bestelling, ik wil mijn pakket volgen"
                : "Where is my order, I want to track my parcel", new com.microsoft.playwright.Locator.PressSequentiallyOptions()
                .setDelay(10));
            assertThat(customer.locator("#contact-suggestions a").first()).containsText("nl".equals(lang) ? "Waar is mijn bestelling"
                : "Where is my order");
            Chromium.screenshot(customer, "portal-new-request-" + lang);

            customer.navigate(base() + "/portal/my-data");
            assertThat(customer.locator("main")).containsText("Waar blijft mijn bestelling?");
            Chromium.screenshot(customer, "portal-my-data-" + lang);
            customer.navigate(base() + "/portal/surveys");
            Chromium.screenshot(customer, "portal-surveys-" + lang);
        }
        customer.navigate(base() + "/portal/sign-in");
        Chromium.screenshot(customer, "portal-sign-in-nl");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
