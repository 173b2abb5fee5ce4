package org.loyaldesk.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
