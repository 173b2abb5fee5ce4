package org.loyaldesk.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Macros as an agent's tool and an integration use them: placeholders filled in the customer's language, actions
 * carried out, personal macros kept private, and a macro with a typo in a placeholder refused before any customer
 * could read it.
 */
@LoyaldeskTest
class MacroApiTests {

    private static final String PATH = "/api/v1/automation/macros";

    @LocalServerPort
    int port;

    Api admin;
    Api agent;
    String word;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        word = UUID.randomUUID().toString().substring(0, 8);
        long agentId = admin.post("/api/v1/agents", Map.of("email", "macro-" + word + "@loyaldesk.test",
            "name", "Noor Vos", "password", "correct-horse-battery", "role", "AGENT")).id("id");
        agent = admin.as(admin.post("/api/v1/tokens", Map.of("name", "macro " + word, "role", "AGENT",
            "agentId", agentId)).json().get("secret").asString());
    }

    @Test
    void aMacroFillsItsPlaceholdersInTheCustomersLanguage() {
        long macro = agent.post(PATH, macro("Retourlabel " + word,
            "Hoi {customer.name}, je retour van bestelling {order.number} is aangemeld. Zo werkt het: "
                + "{article:retourneren}\nGroet, {agent.name}",
            "Hi {customer.name}, the return of order {order.number} is registered. How it works: "
                + "{article:retourneren}\nRegards, {agent.name}")).id("id");

        long dutch = conversation("Klant Jansen", "Ik wil mijn koffiemolen terugsturen, hij maakt een raar geluid.");
        long english = conversation("Jane Miller", "I would like to return my coffee grinder, it makes a strange noise.");
        for (long conversation : List.of(dutch, english)) {
            long customer = admin.get("/api/v1/conversations/" + conversation).json().at("/summary/customerId").asLong();
            // the later order is the one the customer writes about
            admin.post("/api/v1/customers/" + customer + "/orders", order("KK-" + conversation + "-2", "2026-10-01T10:00:00Z"));
            admin.post("/api/v1/customers/" + customer + "/orders", order("KK-" + conversation + "-1", "2026-09-01T10:00:00Z"));
        }

        JsonNode nl = agent.post(PATH + "/" + macro + "/apply?conversationId=" + dutch, "").json();
        JsonNode en = agent.post(PATH + "/" + macro + "/apply?conversationId=" + english, "").json();

        assertThat(nl.get("language").asString()).isEqualTo("nl");
        assertThat(nl.get("text").asString()).isEqualTo("Hoi Klant Jansen, je retour van bestelling KK-" + dutch
            + "-2 is aangemeld. Zo werkt het: http://localhost:8080/help/nl/retourneren\nGroet, Noor Vos");
        assertThat(en.get("language").asString()).isEqualTo("en");
        assertThat(en.get("text").asString()).isEqualTo("Hi Jane Miller, the return of order KK-" + english
            + "-2 is registered. How it works: http://localhost:8080/help/en/retourneren\nRegards, Noor Vos");
        assertThat(nl.get("missing")).isEmpty();
    }

    @Test
    void applyingCarriesOutTheActionsAndSaysWhatHadNoValue() {
        Map<String, Object> body = macro("Spoed " + word, "Dag {customer.name}, over {order.number}: we kijken ernaar.", null);
        body.put("priority", "urgent");
        body.put("tags", List.of("spoed-" + word, "Terugbellen"));
        body.put("status", "on_hold");
        long macro = agent.post(PATH, body).id("id");
        long conversation = conversation("Piet Bakker", "Mijn bestelling is kapot aangekomen, wat nu?");

        JsonNode applied = agent.post(PATH + "/" + macro + "/apply?conversationId=" + conversation, "").json();

        assertThat(applied.get("text").asString()).isEqualTo("Dag Piet Bakker, over : we kijken ernaar.");
        assertThat(applied.get("missing").get(0).asString()).isEqualTo("order.number");
        JsonNode summary = admin.get("/api/v1/conversations/" + conversation).json().get("summary");
        assertThat(summary.get("priority").asString()).isEqualTo("urgent");
        assertThat(summary.get("status").asString()).isEqualTo("on_hold");
        assertThat(summary.get("tags").toString()).contains("spoed-" + word, "terugbellen");
    }

    @Test
    void anotherAgentsMacroIsNotFoundAndSharedOnesAreKeptByLeads() {
        long personal = agent.post(PATH, macro("Mijn eigen " + word, "Hallo!", null)).id("id");
        Map<String, Object> shared = macro("Gedeeld " + word, "Hallo allemaal", "Hello all");
        shared.put("shared", true);

        assertThat(admin.get(PATH + "/" + personal).status()).isEqualTo(404);
        assertThat(admin.get(PATH).body()).doesNotContain("Mijn eigen " + word);
        assertThat(agent.post(PATH, shared).status()).isEqualTo(403);
        long sharedId = admin.post(PATH, shared).id("id");
        assertThat(agent.get(PATH).body()).contains("Gedeeld " + word, "Mijn eigen " + word);
        assertThat(agent.delete(PATH + "/" + sharedId).status()).isEqualTo(403);
        assertThat(admin.delete(PATH + "/" + sharedId).status()).isEqualTo(204);
    }

    @Test
    void badMacrosAreRefusedWithAProblemAndNothingIsStored() {
        var typo = agent.post(PATH, macro("Typo " + word, "Hoi {customer.naam}, zie {artikel:x}", null));
        var noText = agent.post(PATH, macro("Leeg " + word, "  ", null));
        var nul = agent.post(PATH, macro("Nul " + word, "Hoi\u0000", null));
        Map<String, Object> badStatus = macro("Status " + word, "Hoi", null);
        badStatus.put("status", "gone");
        Map<String, Object> badReason = macro("Reden " + word, "Hoi", null);
        badReason.put("contactReason", "no-such-reason-" + word);
        var badSlug = agent.post(PATH, macro("Slug " + word, "Zie {article:Not A Slug}", null));
        var notJson = agent.postRaw(PATH, "{\"name\": ");

        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.json().get("detail").asString()).contains("{customer.naam}", "{artikel:x}");
        assertThat(noText.status()).isEqualTo(422);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(agent.post(PATH, badStatus).status()).isEqualTo(400);
        assertThat(agent.post(PATH, badReason).status()).isEqualTo(422);
        assertThat(badSlug.status()).isEqualTo(422);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(agent.get(PATH).body()).doesNotContain(word);
        long conversation = conversation("Iemand", "Hallo daar");
        assertThat(agent.post(PATH + "/999999999/apply?conversationId=" + conversation, "").status()).isEqualTo(404);
    }

    private long conversation(String name, String text) {
        return admin.post("/api/v1/messages/inbound", Map.of("channel", "email",
            "from", Map.of("email", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "name", name),
            "subject", text.substring(0, 10), "text", text)).id("conversationId");
    }

    private static Map<String, Object> macro(String name, String nl, String en) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("textNl", nl);
        if (en != null) {
            body.put("textEn", en);
        }
        return body;
    }

    private static Map<String, Object> order(String number, String at) {
        return Map.of("orderNumber", number, "orderedAt", at, "currency", "EUR",
            "lines", List.of(Map.of("sku", "KK-ESP-200", "name", "Espressomachine", "quantity", 1, "amount", "10.00")));
    }
}
