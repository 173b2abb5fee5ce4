package org.loyaldesk.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Live streams of open pages end all the time (a tab closed, a log-out): that is normal, not an error. */
@LoyaldeskTest
@ExtendWith(OutputCaptureExtension.class)
class LiveStreamsTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Test
    void anOpenConversationIsToldToFetchItsPanelsOnceANewMessageHasBeenRead() throws Exception {
        Api api = new Api(port);
        String email = "live-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", email, "name", "Live Agent", "password", PASSWORD, "role", "AGENT"));
        String customer = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
        long id = api.inbound("api", customer, "Waar blijft mijn pakket?", null).id("conversationId");
        Browser browser = new Browser(port);
        browser.logIn(email, PASSWORD);
        // the first reading of the conversation may still be on its way: wait for what it tells the page first
        Thread.sleep(2000);

        try (BufferedReader page = new BufferedReader(new InputStreamReader(browser.stream("/live/conversations/" + id),
            StandardCharsets.UTF_8))) {
            api.inbound("api", customer, "Hallo? Ik hoor niets, dit is echt BELACHELIJK!!!", null);
            Future<Boolean> panels = Executors.newVirtualThreadPerTaskExecutor().submit(() -> {
                for (String line = page.readLine(); line != null; line = page.readLine()) {
                    if (line.equals("event:panels")) {
                        return true;
                    }
                }
                return false;
            });

            assertThat(panels.get(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void loggingOutWithLivePagesOpenLogsNoErrors(CapturedOutput output) throws IOException, InterruptedException {
        Api api = new Api(port);
        String email = "live-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", email, "name", "Live Agent", "password", PASSWORD, "role", "AGENT"));
        long id = api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Waar blijft mijn pakket?", null)
            .id("conversationId");
        Browser browser = new Browser(port);
        browser.logIn(email, PASSWORD);
        List<InputStream> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(browser.stream("/live/inbox"));
            pages.add(browser.stream("/live/conversations/" + id));
        }
        for (InputStream page : pages) {
            page.read();
        }
        int logged = output.length();

        browser.post("/logout", Map.of());
        for (InputStream page : pages) {
            page.close();
        }
        api.post("/api/v1/conversations/" + id + "/notes", Map.of("text", "Iemand kijkt mee."));
        api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Nog een vraag", null);
        Thread.sleep(1500);

        assertThat(output.toString().substring(logged)).doesNotContain(" ERROR ").doesNotContain("Exception");
    }
}
