package org.loyaldesk.chat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.loyaldesk.Loyaldesk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole chat as it is used, across a restart of Loyaldesk: on the demo shop the bot answers from the demo help
 * centre, the visitor asks for a person, Anna answers live from her workspace in another browser, Loyaldesk is
 * stopped and started again between two messages (one written while it was down), and everything is still one
 * conversation, with Anna's next reply reaching the widget by itself.
 */
@Tag("browser")
class ChatAcrossRestartInChromiumTests {

    private static final LocatorAssertions.IsVisibleOptions PATIENT = new LocatorAssertions.IsVisibleOptions()
        .setTimeout(30_000);

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @TempDir
    Path dataDir;

    @Test
    void aChatWithTheBotAndThenAnAgentIsOneConversationAndARestartLosesNothing() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port;
        String word = UUID.randomUUID().toString().substring(0, 5);
        ConfigurableApplicationContext app = start(port);
        BrowserContext shop = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        BrowserContext workspace = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        try {
            Page anna = Chromium.logIn(workspace, base, "anna@loyaldesk.demo");
            Page visitor = shop.newPage();
            // the demo help centre is indexed just after the start
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> shop.request()
                .get(base + "/help/en/suggest?question=true&q=descale%20espresso%20machine").text().contains("<a"));

            visitor.navigate(base + "/demo/shop?lang=en");
            visitor.locator(".ld-launcher").click();
            send(visitor, "How do I descale my espresso machine?");
            assertThat(visitor.locator(".ld-line.ld-bot .ld-articles a").first()).isVisible(PATIENT);
            Chromium.screenshot(visitor, "chat-e2e-bot-en");

            visitor.locator(".ld-person").click();
            assertThat(visitor.locator(".ld-subtitle")).containsText("Waiting for a colleague");
            send(visitor, "Descaling did not help, the machine " + word + " still leaks");
            long conversation = awaitConversation(app, "Descaling did not help, the machine " + word + " still leaks");

            anna.navigate(base + "/conversations/" + conversation + "?lang=en");
            assertThat(anna.locator(".timeline")).containsText("How do I descale my espresso machine?");
            assertThat(anna.locator(".timeline")).containsText("The bot offered");
            anna.locator("#reply-text").fill("Hi, this is Anna. Is the leak at the front or at the back?");
            anna.locator("#reply-form button[type=submit]").click();
            assertThat(visitor.locator(".ld-line.ld-agent .ld-bubble").last())
                .hasText("Hi, this is Anna. Is the leak at the front or at the back?", new LocatorAssertions.HasTextOptions()
                    .setTimeout(20_000));
            assertThat(visitor.locator(".ld-subtitle")).containsText("Anna Jansen is answering");
            Chromium.screenshot(visitor, "chat-e2e-live-en");
            Chromium.screenshot(anna, "chat-e2e-workspace-en");

            send(visitor, "At the front, under the water tank " + word);
            awaitConversation(app, "At the front, under the water tank " + word);

            app.close();
            send(visitor, "Written while you were away " + word);
            assertThat(visitor.locator(".ld-line.ld-pending .ld-bubble")).hasText("Written while you were away " + word);
            app = start(port);

            send(visitor, "And after the restart " + word);
            long sameConversation = awaitConversation(app, "And after the restart " + word);
            assertThat(sameConversation).isEqualTo(conversation);
            awaitConversation(app, "Written while you were away " + word);
            assertThat(visitor.locator(".ld-line.ld-pending")).hasCount(0);

            anna = Chromium.logIn(workspace, base, "anna@loyaldesk.demo");
            anna.navigate(base + "/conversations/" + conversation + "?lang=en");
            anna.locator("#reply-text").fill("Thanks. We'll send you a new water tank today.");
            anna.locator("#reply-form button[type=submit]").click();
            assertThat(visitor.locator(".ld-line.ld-agent .ld-bubble").last())
                .hasText("Thanks. We'll send you a new water tank today.", new LocatorAssertions.HasTextOptions()
                    .setTimeout(30_000));
            Chromium.screenshot(visitor, "chat-e2e-after-restart-en");

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT body FROM conversation_message WHERE conversation_id = ? AND kind = 'INBOUND' "
                    + "ORDER BY id").param(conversation).query(String.class).list())
                .containsExactly("How do I descale my espresso machine?",
                    "Descaling did not help, the machine " + word + " still leaks",
                    "At the front, under the water tank " + word, "Written while you were away " + word,
                    "And after the restart " + word);
            assertThat(visitor.locator(".ld-line.ld-visitor", new Page.LocatorOptions().setHasText(
                Pattern.compile(word)))).hasCount(4);
        } finally {
            shop.close();
            workspace.close();
            app.close();
        }
    }

    private static void send(Page page, String text) {
        page.locator(".ld-input").fill(text);
        page.locator(".ld-input").press("Enter");
    }

    private static long awaitConversation(ConfigurableApplicationContext app, String text) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT conversation_id FROM conversation_message WHERE body = ? AND kind = 'INBOUND'").param(text)
            .query(Long.class).optional().orElse(null), found -> found != null);
    }

    /** As the start command runs it: the embedded database on disk in the data directory, the demo shop. */
    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(Loyaldesk.class).run("--server.port=" + port, "--loyaldesk.data-dir=" + dataDir,
            "--loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN, "--spring.main.banner-mode=off",
            "--loyaldesk.chat.live-outside-business-hours=true");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
