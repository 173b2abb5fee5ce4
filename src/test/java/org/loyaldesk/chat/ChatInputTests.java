package org.loyaldesk.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a page or a script sends the chat, it answers with a problem the widget can show, never a 500. */
@LoyaldeskTest
class ChatInputTests {

    @LocalServerPort
    int port;

    @Test
    void unstorableOrOversizedTextIsRefusedAndNothingIsStored() {
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            assertRefused(widget.say("Hallo\u0000daar"), 400, "invalid-input");
            // escaped in the JSON itself: a Java string would be encoded to '?' before it left the client
            assertRefused(WidgetClient.post("http://localhost:" + port, "/chat/messages", "{\"visitor\":\"" + widget.visitor
                + "\",\"token\":\"" + widget.token + "\",\"clientId\":\"" + UUID.randomUUID()
                + "\",\"text\":\"lone \\ud800 surrogate\"}", null), 400, "invalid-input");
            assertRefused(widget.say("x".repeat(2_001)), 400, "invalid-input");
            assertRefused(widget.say("   "), 400, "invalid-input");
            assertRefused(widget.say("fine text", "short", "en"), 400, "invalid-input");
            assertRefused(widget.say("fine text", "bad id with spaces and \u0000", "en"), 400, "invalid-input");
            assertThat(widget.lines()).isEmpty();

            assertThat(widget.say("x".repeat(2_000)).status()).isEqualTo(200);
        }
    }

    @Test
    void malformedRequestsAreProblemsNotErrors() {
        String base = "http://localhost:" + port;
        assertThat(WidgetClient.post(base, "/chat/messages", "{not json", null).status()).isEqualTo(400);
        assertThat(WidgetClient.post(base, "/chat/messages", "[]", null).status()).isEqualTo(400);
        assertThat(WidgetClient.post(base, "/chat/messages", "{\"visitor\": 12, \"token\": []}", null).status())
            .isBetween(400, 403);
        assertRefused(WidgetClient.post(base, "/chat/messages", Map.of("text", "hi"), null), 403, "not-your-visitor");
        assertThat(WidgetClient.post(base, "/chat/visitors", "{\"identity\": 5}", null).status()).isBetween(400, 403);
        try (WidgetClient widget = WidgetClient.newVisitor(port)) {
            assertRefused(widget.send("/chat/read", Map.of()), 400, "invalid-input");
            assertRefused(widget.send("/chat/helpful", Map.of("line", 1)), 400, "invalid-input");
            assertRefused(widget.send("/chat/survey", Map.of("score", 9)), 400, "invalid-input");
            assertRefused(widget.send("/chat/email", Map.of("email", "not an address")), 400, "invalid-input");
            assertRefused(widget.send("/chat/email", Map.of("email", "a\u0000b@example.com")), 400, "invalid-input");
            assertThat(widget.send("/chat/read", Map.of("upTo", Long.MAX_VALUE)).status()).isEqualTo(204);
            assertThat(widget.send("/chat/helpful", Map.of("line", 999_999_999L, "helpful", true)).status()).isEqualTo(204);
        }
    }

    @Test
    void aVisitorCannotWriteOrReadAsAnother() throws Exception {
        try (WidgetClient anna = WidgetClient.newVisitor(port); WidgetClient mallory = WidgetClient.newVisitor(port)) {
            anna.connect();
            anna.send("/chat/person", Map.of());
            anna.say("My address is Keizersgracht 1");

            Map<String, Object> forged = new HashMap<>(Map.of("visitor", anna.visitor, "token", mallory.token,
                "clientId", UUID.randomUUID().toString(), "text", "Send it elsewhere"));
            assertRefused(WidgetClient.post("http://localhost:" + port, "/chat/messages", forged, null), 403,
                "not-your-visitor");
            HttpResponse<String> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/chat/stream?visitor=" + anna.visitor + "&token=" + mallory.token))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stream.statusCode()).isEqualTo(403);
            assertThat(stream.body()).doesNotContain("Keizersgracht");
            assertThat(anna.lines()).noneMatch(line -> line.get("text").asString().contains("elsewhere"));
        }
    }

    @Test
    void onlyAllowedSitesMayUseTheChatFromABrowser() {
        try (WidgetClient widget = WidgetClient.newVisitor(port)) {
            Api.Response foreign = widget.from("https://evil.example").say("hi");
            assertRefused(foreign, 403, "origin-not-allowed");

            Browser admin = adminBrowser();
            admin.get("/settings/chat");
            Browser.Page saved = admin.post("/settings/chat", Map.of("name", "Koffie & Co", "colour", "#0b6e4f",
                "origins", "https://shop.example.com\nhttps://www.koffie.example:8443"));
            assertThat(saved.status()).isEqualTo(200);

            Api.Response allowed = widget.from("https://shop.example.com").say("hello from the shop");
            assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.header("Access-Control-Allow-Origin")).contains("https://shop.example.com");
            assertThat(widget.from("https://www.koffie.example:8443").say("and the other one").status()).isEqualTo(200);
            assertThat(new Api(port).get("/chat/config?lang=nl").json().get("name").asString()).isEqualTo("Koffie & Co");

            Browser.Page refused = admin.post("/settings/chat", Map.of("origins", "javascript:alert(1)"));
            assertThat(refused.html()).contains("is not an origin");
            assertThat(widget.from("https://shop.example.com").say("still allowed").status()).isEqualTo(200);
        }
    }

    @Test
    void aScriptSendingTooFastIsSlowedDown() {
        try (WidgetClient widget = WidgetClient.newVisitor(port)) {
            widget.send("/chat/person", Map.of());
            int accepted = 0;
            Api.Response last = null;
            for (int i = 0; i < 25; i++) {
                last = widget.say("message " + i);
                if (last.status() == 200) {
                    accepted++;
                } else {
                    break;
                }
            }
            assertThat(accepted).isEqualTo(20);
            assertRefused(last, 429, "too-many");
            assertThat(last.header("Retry-After")).contains("60");
        }
    }

    @Test
    void typingAndReadMarksAreLimitedWhateverTheRequestCarries() {
        try (WidgetClient widget = WidgetClient.newVisitor(port)) {
            Api.Response last = null;
            for (int i = 0; i < 125 && (last == null || last.status() == 204); i++) {
                last = widget.send("/chat/typing", Map.of("typing", i % 2 == 0, "text", "not a message"));
            }
            assertRefused(last, 429, "too-many");
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithATooLargeProblem() {
        try (WidgetClient widget = WidgetClient.newVisitor(port)) {
            Api.Response refused = widget.sendFile(UUID.randomUUID().toString(), "huge.bin", new byte[10 * 1024 * 1024 + 1]);
            assertRefused(refused, 413, "too-large");
            assertRefused(widget.sendFile(UUID.randomUUID().toString(), "empty.txt", new byte[0]), 400, "invalid-input");
        }
    }

    private Browser adminBrowser() {
        Api api = new Api(port);
        String email = "chat-admin-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", email, "name", "Beheer", "password", ChatTests.PASSWORD, "role", "ADMIN"));
        Browser browser = new Browser(port);
        browser.logIn(email, ChatTests.PASSWORD);
        return browser;
    }

    static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
