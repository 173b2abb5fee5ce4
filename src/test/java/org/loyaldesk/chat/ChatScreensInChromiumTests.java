package org.loyaldesk.chat;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The screens the chat adds for the team, in Dutch and English: the admin's chat settings (the script tag, the
 * sites allowed, the secret for known visitors) and the chat panel beside a conversation an agent answers.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
        "loyaldesk.chat.live-outside-business-hours=true" })
class ChatScreensInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Autowired
    ChatVisitors visitors;

    @Autowired
    ChatSessions sessions;

    @ParameterizedTest
    @CsvSource({ "nl, Webchat, Websites die de widget mogen tonen, Er is een geheim ingesteld., Wacht op een medewerker, De bezoeker typt",
        "en, Web chat, Websites that may carry the widget, A secret is set., Waiting for an agent, The visitor is typing" })
    void theAdminSetsUpTheChatAndAnAgentSeesTheVisitorBesideTheConversation(String lang, String title, String origins,
                                                                             String secretSet, String waiting,
                                                                             String typing) {
        String base = "http://localhost:" + port;
        BrowserContext admin = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page settings = Chromium.logIn(admin, base, "sanne@loyaldesk.demo");
        settings.navigate(base + "/settings/chat?lang=" + lang);
        assertThat(settings.locator("main h2").first()).hasText(title);
        assertThat(settings.locator("label[for=chat-origins]")).hasText(origins);
        assertThat(settings.locator("pre.snippet")).containsText(base + "/widget.js");
        settings.locator("#chat-origins").fill("https://shop.example.com");
        settings.locator("form[action$='/settings/chat'] button[type=submit]").click();
        settings.locator("form[action$='/identity-secret'] button[type=submit]").click();
        assertThat(settings.locator("code.secret")).containsText("lds_");
        Chromium.screenshot(settings, "chat-settings-secret-" + lang);
        settings.navigate(base + "/settings/chat?lang=" + lang);
        assertThat(settings.locator("main")).containsText(secretSet);
        assertThat(settings.locator("#chat-origins")).hasValue("https://shop.example.com");
        Chromium.screenshot(settings, "chat-settings-" + lang);

        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.send("/chat/person", java.util.Map.of("lang", lang));
            widget.say("Mijn pakket " + UUID.randomUUID().toString().substring(0, 4) + " is zoek", UUID.randomUUID().toString(),
                lang);
            long conversation = await().atMost(Duration.ofSeconds(20)).until(() -> sessions.latest(visitors
                .authenticate(widget.visitor, widget.token).id()).map(ChatSession::conversationId).orElse(null),
                found -> found != null);
            Page agent = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)),
                base, "anna@loyaldesk.demo");
            agent.navigate(base + "/conversations/" + conversation + "?lang=" + lang);
            assertThat(agent.locator("#chat-panel")).containsText(waiting);
            widget.send("/chat/typing", java.util.Map.of("typing", true));
            assertThat(agent.locator("#chat-panel")).containsText(typing, new LocatorAssertions.ContainsTextOptions()
                .setTimeout(10_000));
            Chromium.screenshot(agent, "chat-panel-" + lang);
            agent.context().close();
        }
        admin.close();
    }
}
