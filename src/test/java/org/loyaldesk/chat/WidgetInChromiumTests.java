package org.loyaldesk.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * The chat widget on the demo shop in a real Chromium, as a shop's visitor uses it: the round button opens the
 * chat in the page's language, a question gets the bot's articles from the demo help centre, the conversation
 * is still there after a page load, a line shows once however the stream reconnects, and on a phone the chat
 * fills the screen. Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
        // chats go to whoever has the workspace open, whatever the hour the tests run at
        "loyaldesk.chat.live-outside-business-hours=true" })
class WidgetInChromiumTests {

    /** Keeps every EventSource the widget makes, so a test can break the stream as a network would. */
    private static final String WATCH_STREAMS = """
        (() => {
          const Real = window.EventSource;
          window.__streams = [];
          window.EventSource = function (url, options) {
            const stream = new Real(url, options);
            window.__streams.push(stream);
            return stream;
          };
          window.EventSource.prototype = Real.prototype;
          window.EventSource.CONNECTING = 0; window.EventSource.OPEN = 1; window.EventSource.CLOSED = 2;
        })()""";

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Autowired
    ChatVisitors visitors;

    @Autowired
    ChatSessions sessions;

    private static boolean indexed;

    @BeforeEach
    void helpCentreIsIndexed() {
        if (indexed) {
            return;
        }
        // a fresh demo instance indexes its help articles in the background, just after it starts
        BrowserContext context = chromium.newContext();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> context.request().get(base()
            + "/help/en/suggest?question=true&q=descale%20espresso%20machine").text().contains("<a"));
        context.close();
        indexed = true;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl | Chat met ons | Hoe ontkalk ik mijn espressomachine? | Je espressomachine ontkalken | Was dit het antwoord op je vraag?",
        "en | Chat with us | How do I descale my espresso machine? | How to descale your espresso machine | Did this answer your question?" })
    void aVisitorAsksTheBotInTheShopsLanguageAndFindsTheConversationAfterAPageLoad(String lang, String launcher,
                                                                                    String question, String article,
                                                                                    String helpful) {
        Page page = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)).newPage();
        page.navigate(base() + "/demo/shop?lang=" + lang);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        Locator button = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName(launcher).setExact(true));
        assertThat(button).isVisible();
        shot(page, "widget-shop-" + lang);

        button.click();
        Locator panel = page.locator("[role=dialog]");
        assertThat(panel).isVisible();
        assertThat(page.locator(".ld-input")).isFocused();
        page.locator(".ld-input").fill(question);
        page.locator(".ld-input").press("Enter");

        assertThat(page.locator(".ld-line.ld-visitor .ld-bubble")).hasText(question);
        Locator articles = page.locator(".ld-line.ld-bot .ld-articles a");
        assertThat(articles.first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
            .setTimeout(20_000));
        assertThat(page.locator(".ld-line.ld-bot .ld-articles")).containsText(article);
        assertThat(articles.first()).hasAttribute("href", java.util.regex.Pattern.compile(".*/help/" + lang + "/.+"));
        assertThat(page.locator(".ld-helpful")).containsText(helpful);
        shot(page, "widget-bot-answer-" + lang);

        int shown = page.locator(".ld-line").count();
        page.reload();
        assertThat(panel).isVisible();
        assertThat(page.locator(".ld-line.ld-visitor .ld-bubble")).hasText(question);
        assertThat(page.locator(".ld-line.ld-bot .ld-articles")).containsText(article);
        page.waitForTimeout(1500); // the stream has reconnected by now and replayed whatever it holds
        assertThat(page.locator(".ld-line")).hasCount(shown);
        page.context().close();
    }

    @Test
    void aLineIsShownOnceWhenTheStreamReconnectsOrTheNetworkComesBack() {
        BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        context.addInitScript(WATCH_STREAMS);
        Page page = context.newPage();
        page.navigate(base() + "/demo/shop?lang=en");
        page.locator(".ld-launcher").click();
        String first = "Where is my order? " + UUID.randomUUID().toString().substring(0, 6);
        send(page, first);
        assertThat(page.locator(".ld-line.ld-bot").first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
            .IsVisibleOptions().setTimeout(20_000));

        // the stream breaks for good (as after a server restart): the widget makes a new one with `after`
        page.evaluate("() => { const s = window.__streams.at(-1); s.close(); s.dispatchEvent(new Event('error')); }");
        await().atMost(Duration.ofSeconds(10)).until(() -> (Integer) page.evaluate(
            "() => window.__streams.filter(s => s.readyState === 1).length") == 1);
        assertThat((String) page.evaluate("() => window.__streams.at(-1).url")).doesNotEndWith("after=0");

        // the network goes away while the visitor writes, and comes back
        context.setOffline(true);
        String offline = "Written offline " + UUID.randomUUID().toString().substring(0, 6);
        send(page, offline);
        assertThat(page.locator(".ld-line.ld-pending .ld-bubble")).hasText(offline);
        page.waitForTimeout(3000);
        shot(page, "widget-offline-en");
        context.setOffline(false);
        assertThat(page.locator(".ld-line.ld-pending")).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions
            .HasCountOptions().setTimeout(20_000));
        page.waitForTimeout(2000); // let the replay after the reconnect arrive

        assertThat(page.locator(".ld-line.ld-visitor", new Page.LocatorOptions().setHasText(first))).hasCount(1);
        assertThat(page.locator(".ld-line.ld-visitor", new Page.LocatorOptions().setHasText(offline))).hasCount(1);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.locator(".ld-line").evaluateAll("lines => lines.map(l => l.dataset.id)");
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        shot(page, "widget-after-reconnect-en");

        page.reload();
        page.waitForTimeout(1500);
        @SuppressWarnings("unchecked")
        List<String> reloaded = (List<String>) page.locator(".ld-line").evaluateAll("lines => lines.map(l => l.dataset.id)");
        assertThat(reloaded).isEqualTo(ids);
        context.close();
    }

    @ParameterizedTest
    @CsvSource({ "nl, Waar is mijn bestelling?", "en, Where is my order?" })
    void onAPhoneTheChatFillsTheScreen(String lang, String question) {
        BrowserContext phone = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
            .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        Page page = phone.newPage();
        page.navigate(base() + "/demo/shop?lang=" + lang);
        shot(page, "widget-phone-shop-" + lang);
        page.locator(".ld-launcher").tap();
        Locator panel = page.locator("[role=dialog]");
        assertThat(panel).isVisible();
        // the panel slides in; measured mid-slide on a busy machine it sits a few pixels low
        panel.evaluate("p => Promise.all(p.getAnimations().map(a => a.finished))");
        BoundingBox box = panel.boundingBox();
        // within a pixel: the phone's address bar can leave a sub-pixel offset
        assertThat(box.x).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(box.y).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(box.width).isCloseTo(390.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(box.height).isCloseTo(844.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(page.locator(".ld-launcher")).isHidden();

        send(page, question);
        assertThat(page.locator(".ld-line.ld-bot .ld-articles a").first()).isVisible(
            new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        BoundingBox sendButton = page.locator(".ld-send").boundingBox();
        assertThat(sendButton.width).isGreaterThanOrEqualTo(44);
        assertThat(sendButton.height).isGreaterThanOrEqualTo(44);
        shot(page, "widget-phone-" + lang);

        page.keyboard().press("Escape");
        assertThat(panel).isHidden();
        assertThat(page.locator(".ld-launcher")).isVisible();
        phone.close();
    }

    @Test
    void aPersonAnswersWhileTheVisitorLooksElsewhereAndTheLauncherAndTitleSaySo() {
        Page anna = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)), base(),
            "anna@loyaldesk.demo"); // her inbox is open: someone is at work to take the chat
        BrowserContext shop = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        Page page = shop.newPage();
        page.navigate(base() + "/demo/shop?lang=en");
        String shopTitle = page.title();
        page.locator(".ld-launcher").click();
        String question = "My grinder " + UUID.randomUUID().toString().substring(0, 6) + " makes a loud rattling noise";
        send(page, question);
        assertThat(page.locator(".ld-line:not(.ld-visitor)").first()).isVisible(
            new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        if (page.locator(".ld-person").isVisible()) {
            page.locator(".ld-person").click();
        }
        assertThat(page.locator(".ld-subtitle")).hasText(java.util.regex.Pattern.compile("Waiting for a colleague.*|.* is answering"));
        long conversation = conversationOf(page);

        anna.navigate(base() + "/conversations/" + conversation + "?lang=en");
        assertThat(anna.locator(".timeline")).containsText(question);
        // Anna has the conversation in front of her: the visitor's lines show as read
        assertThat(page.locator(".ld-line.ld-visitor .ld-read")).hasText("Read");
        anna.locator("#reply-text").pressSequentially("So sorry about the noise", new Locator.PressSequentiallyOptions()
            .setDelay(40));
        assertThat(page.locator(".ld-typing")).containsText("is typing");
        shot(page, "widget-agent-typing-en");

        page.locator(".ld-close").click();
        anna.locator("#reply-text").fill("So sorry about the noise. Could you send a short video of it?");
        anna.locator("#reply-form button[type=submit]").click();
        assertThat(page.locator(".ld-badge")).hasText("1");
        assertThat(page).hasTitle("(1) New reply \u00b7 " + shopTitle);
        shot(page, "widget-unread-en");

        page.locator(".ld-launcher").click();
        assertThat(page.locator(".ld-line.ld-agent .ld-bubble").last()).hasText(
            "So sorry about the noise. Could you send a short video of it?");
        assertThat(page.locator(".ld-subtitle")).containsText("is answering");
        assertThat(page.locator(".ld-badge")).isHidden();
        assertThat(page).hasTitle(shopTitle);
        shot(page, "widget-live-en");

        page.locator(".ld-panel input[type=file]").setInputFiles(new FilePayload("noise.mp4", "video/mp4", new byte[2048]));
        assertThat(page.locator(".ld-line.ld-visitor .ld-files a").last()).hasText("noise.mp4 (2 kB)");
        assertThat(page.locator(".ld-line.ld-visitor .ld-files a").last()).hasAttribute("href",
            java.util.regex.Pattern.compile(".*/chat/files/\\d+\\?visitor=.+&token=.+"));
        page.locator(".ld-panel input[type=file]").setInputFiles(new FilePayload("huge.mp4", "video/mp4",
            new byte[10 * 1024 * 1024 + 1]));
        assertThat(page.locator(".ld-notice")).hasText("That file is too large (10 MB at most).");
        assertThat(page.locator(".ld-files a", new Page.LocatorOptions().setHasText("huge.mp4"))).hasCount(0);

        page.locator(".ld-end").click();
        assertThat(page.locator(".ld-subtitle")).containsText("This chat has ended");
        assertThat(page.locator(".ld-survey")).containsText("How easy was it to get help?");
        shot(page, "widget-survey-en");
        page.locator(".ld-survey button", new Page.LocatorOptions().setHasText("6")).click();
        assertThat(page.locator(".ld-survey")).hasText("Thank you for your answer!");
        anna.context().close();
        shop.close();
    }

    private long conversationOf(Page page) {
        String visitor = (String) page.evaluate("() => JSON.parse(localStorage.getItem('loyaldesk-chat')).visitor");
        String token = (String) page.evaluate("() => JSON.parse(localStorage.getItem('loyaldesk-chat')).token");
        ChatVisitors.Visitor who = visitors.authenticate(visitor, token);
        await().atMost(Duration.ofSeconds(10)).until(() -> sessions.latest(who.id()).orElseThrow().conversationId() != null);
        return sessions.latest(who.id()).orElseThrow().conversationId();
    }

    private static void send(Page page, String text) {
        page.locator(".ld-input").fill(text);
        page.locator(".ld-input").press("Enter");
    }

    /** What the visitor sees in the window: the chat is fixed to it, a full-page picture would stretch it. */
    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
            .setAnimations(ScreenshotAnimations.DISABLED));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
