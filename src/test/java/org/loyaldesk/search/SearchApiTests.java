package org.loyaldesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@LoyaldeskTest
class SearchApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aWordFindsTheMessageItIsInWithTheWordHighlightedAndALinkToTheMessage() {
        long id = conversation("Ik wil mijn geld terug voor de kapotte waterkoker.");

        JsonNode hit = hitFor("geld", id);

        long messageId = api.get("/api/v1/conversations/" + id).json().at("/timeline/0/id").asLong();
        assertThat(hit.get("messageId").asLong()).isEqualTo(messageId);
        assertThat(hit.get("snippet").asString()).contains("<mark>geld</mark>");
        assertThat(hit.get("link").asString()).isEqualTo("/conversations/" + id + "#message-" + messageId);
        assertThat(hit.get("customerName").asString()).isEqualTo("Test Customer");
    }

    @Test
    void anOrderNumberFindsTheConversationThatMentionsItAndNotOneWithANeighbouringNumber() {
        long mentioned = conversation("Waar blijft mijn bestelling KK-240177? Ik wacht al een week.");
        long neighbour = conversation("Bestelling KK-240178 is beschadigd aangekomen.");
        hitFor("KK-240178", neighbour);

        List<Long> found = conversations(search("KK-240177"));

        assertThat(found).contains(mentioned).doesNotContain(neighbour);
        assertThat(hitFor("KK-240177", mentioned).get("snippet").asString()).contains("240177</mark>");
    }

    @Test
    void aPartOfADutchCompoundFindsTheCompound() {
        long id = conversation("De retourzending is gisteren door jullie magazijn ontvangen, maar ik hoor niets.");

        JsonNode hit = hitFor("retour", id);

        assertThat(hit.get("snippet").asString()).contains("<mark>retourzending</mark>");
    }

    @Test
    void dutchAndEnglishWordFormsFindEachOther() {
        long dutch = conversation("Mijn pakketten zijn nog steeds niet bezorgd, hoe kan dat nou?");
        long english = conversation("The parcels I ordered were delivered to the wrong address, please help.");

        assertThat(conversations(awaitHits("pakket", dutch))).contains(dutch);
        assertThat(conversations(awaitHits("parcel order", english))).contains(english);
    }

    @Test
    void aTypoStillFindsAndTheAnswerSaysSo() {
        long id = conversation("Mijn terugbetaling laat al drie weken op zich wachten.");
        hitFor("terugbetaling", id);

        JsonNode results = search("terugbetalnig");

        assertThat(conversations(results)).contains(id);
        assertThat(results.get("typoTolerant").asBoolean()).isTrue();
        assertThat(hitFor("terugbetalnig", id).get("snippet").asString()).contains("<mark>terugbetaling</mark>");
    }

    @Test
    void aWordSearchedBesideTheCustomersAddressIsHighlightedInTheMessage() {
        String email = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
        long id = api.inbound("api", email, "Kunnen jullie mijn factuuradres wijzigen?", null).id("conversationId");

        JsonNode hit = hitFor(email + " factuuradres", id);

        assertThat(hit.get("snippet").asString()).contains("<mark>factuuradres</mark>");
    }

    @Test
    void aQuotedPhraseFindsOnlyTheseWordsInThisOrder() {
        String word = uniqueWord();
        long exact = conversation("Het pakket ligt bij de buren " + word + " en die zijn op vakantie.");
        long scattered = conversation("De buren " + word + " zeggen dat er geen pakket ligt.");
        hitFor(word, scattered);
        hitFor(word, exact);

        List<Long> found = conversations(search("\"pakket ligt bij de buren " + word + "\""));

        assertThat(found).contains(exact).doesNotContain(scattered);
        assertThat(conversations(search(word + " pakket buren"))).contains(exact, scattered);
    }

    @Test
    void aCustomersEmailAddressFindsTheirConversationsOnly() {
        String email = "klant-" + UUID.randomUUID() + "@voorbeeld.nl";
        long theirs = api.inbound("api", email, "Kunnen jullie mijn adres wijzigen?", null).id("conversationId");
        long someoneElses = conversation("Kunnen jullie mijn adres wijzigen?");
        hitFor("adres", someoneElses);

        List<Long> found = conversations(awaitHits(email.toUpperCase(), theirs));

        assertThat(found).containsExactly(theirs);
    }

    @Test
    void agentsFindInternalNotesAndAConnectorTokenDoesNot() {
        Staff staff = Staff.of(api);
        String word = uniqueWord();
        long id = conversation("Mijn koffiemachine lekt.");
        staff.anna().post("/api/v1/conversations/" + id + "/notes", Map.of("text", "Tegoedbon " + word + " van 15 euro gegeven."));
        String connector = api.post("/api/v1/tokens", Map.of("name", "WhatsApp bridge " + word, "role", "AGENT"))
            .json().get("secret").asString();

        JsonNode note = hitFor(word, id, staff.anna());

        assertThat(note.get("kind").asString()).isEqualTo("note");
        assertThat(note.get("snippet").asString()).contains("<mark>" + word + "</mark>");
        assertThat(conversations(search(word, api.as(connector)))).isEmpty();
        assertThat(conversations(search("koffiemachine " + word, api.as(connector)))).isEmpty();
        assertThat(conversations(search("koffiemachine", api.as(connector)))).contains(id);
    }

    @Test
    void filtersNarrowTheHits() {
        Staff staff = Staff.of(api);
        String word = uniqueWord();
        long solved = conversation("Vraag over " + word + " op de factuur.");
        long waiting = api.inbound("whatsapp", "klant-" + UUID.randomUUID() + "@voorbeeld.nl",
            "Nog een vraag over " + word + ".", null).id("conversationId");
        staff.anna().post("/api/v1/conversations/" + solved + "/assignment", Map.of("agentId", staff.annaId()));
        staff.anna().post("/api/v1/conversations/" + solved + "/status", Map.of("status", "solved"));
        api.post("/api/v1/conversations/" + waiting + "/assignment", Map.of("teamId", staff.returnsTeamId()));
        await().atMost(Duration.ofSeconds(10)).until(() -> conversations(search(word + "&status=solved")).contains(solved)
            && conversations(search(word + "&team=" + staff.returnsTeamId())).contains(waiting));
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();

        assertThat(conversations(search(word))).containsExactlyInAnyOrder(solved, waiting);
        assertThat(conversations(search(word + "&status=solved"))).containsExactly(solved);
        assertThat(conversations(search(word + "&channel=whatsapp"))).containsExactly(waiting);
        assertThat(conversations(search(word + "&assignee=" + staff.annaId()))).containsExactly(solved);
        assertThat(conversations(search(word + "&assignee=none"))).containsExactly(waiting);
        assertThat(conversations(search(word + "&team=" + staff.returnsTeamId()))).containsExactly(waiting);
        assertThat(conversations(search(word + "&from=" + today + "&to=" + today))).containsExactlyInAnyOrder(solved, waiting);
        assertThat(conversations(search(word + "&from=" + tomorrow))).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatingAConversation() {
        String word = uniqueWord();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(conversation("Bericht " + i + " over " + word));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> conversations(search(word + "&limit=10")).size() == 5);

        JsonNode first = search(word + "&limit=3");
        JsonNode second = search(word + "&limit=3&offset=3");

        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(second.get("more").asBoolean()).isFalse();
        List<Long> all = new ArrayList<>(conversations(first));
        all.addAll(conversations(second));
        assertThat(all).containsExactlyInAnyOrderElementsOf(made);
    }

    @Test
    void hostileInputIsAProblemOrNothingFoundButNeverAServerError() {
        // 10,000 characters do not even fit the web server's request line limit (8 KB): it answers 400 itself
        assertThat(api.get("/api/v1/search?q=" + "a".repeat(10_000)).status()).isEqualTo(400);
        for (String q : List.of("", "   ", "a".repeat(501), "geld ".repeat(1_000))) {
            Api.Response response = api.get("/api/v1/search?q=" + encode(q));
            assertThat(response.status()).as(q.length() + " characters").isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        }
        for (String q : List.of("\"pakket", "title:(", "((( ]]] \\", "*", "~2^3", "a\"b\"c\"", "🙂 ☃", "<script>")) {
            Api.Response response = api.get("/api/v1/search?q=" + encode(q));
            assertThat(response.status()).as(q).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/search").status()).isEqualTo(400);
        for (String filters : List.of("&status=bogus", "&channel=pigeon", "&assignee=anna", "&team=x", "&from=yesterday",
            "&to=2026-13-45", "&from=2026-12-02&to=2026-12-01", "&limit=0", "&limit=100000", "&offset=-1",
            "&offset=999999999", "&limit=abc")) {
            Api.Response response = api.get("/api/v1/search?q=geld" + filters);
            assertThat(response.status()).as(filters).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(filters).isNotBlank();
        }
    }

    @Test
    void searchNeedsAToken() {
        assertThat(api.as(null).get("/api/v1/search?q=geld").status()).isEqualTo(401);
    }

    private long conversation(String text) {
        return api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", text, null).id("conversationId");
    }

    /** Indexing follows the database after the commit, a moment later: wait for the hit. */
    private JsonNode hitFor(String q, long conversationId) {
        return hitFor(q, conversationId, api);
    }

    private JsonNode hitFor(String q, long conversationId, Api as) {
        JsonNode results = awaitHits(q, conversationId, as);
        for (JsonNode hit : results.get("hits")) {
            if (hit.get("conversationId").asLong() == conversationId) {
                return hit;
            }
        }
        throw new AssertionError("no hit for " + conversationId);
    }

    private JsonNode awaitHits(String q, long conversationId) {
        return awaitHits(q, conversationId, api);
    }

    private JsonNode awaitHits(String q, long conversationId, Api as) {
        JsonNode[] results = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            results[0] = search(q + "&limit=100", as);
            return conversations(results[0]).contains(conversationId);
        });
        return results[0];
    }

    private JsonNode search(String query) {
        return search(query, api);
    }

    /** @param query the text, and any further parameters after an {@code &} */
    private static JsonNode search(String query, Api as) {
        int amp = query.indexOf('&');
        String q = amp < 0 ? encode(query) : encode(query.substring(0, amp)) + query.substring(amp);
        Api.Response response = as.get("/api/v1/search?q=" + q);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> conversations(JsonNode results) {
        List<Long> ids = new ArrayList<>();
        results.get("hits").forEach(hit -> ids.add(hit.get("conversationId").asLong()));
        return ids;
    }

    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zoekwoord");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
        return word.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
