package org.loyaldesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Dutch page speaks Dutch all the way: no text that exists only in the English bundles shows on the agent's main
 * pages with {@code ?lang=nl}, nor a sentence the server wrote in English (a delivery error, the at-risk reason).
 */
@LoyaldeskTest
class DutchPagesTests {

    private static final String PASSWORD = "correct-horse-battery";
    private static final List<String> BUNDLES = List.of("messages", "insight", "survey", "search", "knowledge",
        "knowledge-team", "portal", "privacy", "notices");
    /** Shorter texts are too often the same words in both languages, or part of a customer's own text. */
    private static final int LONGER_THAN = 12;

    @LocalServerPort
    int port;

    @Test
    void theMainAgentPagesInDutchShowNoEnglishText() throws IOException {
        Api api = new Api(port);
        String word = UUID.randomUUID().toString().substring(0, 8);
        String email = "beheer-" + word + "@loyaldesk.test";
        long admin = api.post("/api/v1/agents", Map.of("email", email, "name", "Beheer " + word, "password", PASSWORD,
            "role", "ADMIN")).id("id");
        Api adminApi = api.as(api.post("/api/v1/tokens", Map.of("name", "nl " + word, "role", "AGENT", "agentId", admin))
            .json().get("secret").asString());
        long id = api.inbound("email", "boos-" + word + "@voorbeeld.nl",
            "WAAR BLIJFT MIJN BESTELLING?! Dit is echt BELACHELIJK!!! Ik ben het zat, ik zeg mijn abonnement op!!!", null)
            .id("conversationId");
        long customer = api.get("/api/v1/conversations/" + id).json().at("/summary/customerId").asLong();
        await().atMost(Duration.ofSeconds(20)).until(() ->
            api.get("/api/v1/conversations/" + id).json().at("/summary/atRisk").asBoolean());
        adminApi.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "We zoeken het uit.", "status", "open"));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/conversations/" + id).body()
            .contains("\"deliveryStatus\":\"failed\""));
        Browser browser = new Browser(port);
        browser.logIn(email, PASSWORD);
        List<String> englishOnly = englishOnlyTexts();

        for (String path : List.of("/inbox?view=all", "/inbox?view=at_risk", "/conversations/" + id, "/customers/" + customer,
            "/customers?q=boos", "/insight/loyalty", "/insight/coaching", "/insight/customers/" + customer, "/settings")) {
            Browser.Page page = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=nl");
            assertThat(page.status()).as(path).isEqualTo(200);
            String shown = unescape(page.html());
            assertThat(englishOnly).as("English texts on %s", path).noneMatch(shown::contains);
            assertThat(shown).as(path).doesNotContain("No mail server").doesNotContain(">anger ").doesNotContain("\"anger ");
        }
    }

    /** The longest fixed part of every English text that Dutch says differently. */
    private static List<String> englishOnlyTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties english = load("/" + bundle + ".properties");
            Properties dutch = load("/" + bundle + "_nl.properties");
            for (String key : english.stringPropertyNames()) {
                String text = english.getProperty(key);
                if (text.equals(dutch.getProperty(key))) {
                    continue;
                }
                Arrays.stream(text.replace("''", "'").split("\\{[^}]*}")).map(String::strip)
                    .max(Comparator.comparingInt(String::length)).filter(part -> part.length() > LONGER_THAN)
                    .ifPresent(texts::add);
            }
        }
        return texts;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(DutchPagesTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
