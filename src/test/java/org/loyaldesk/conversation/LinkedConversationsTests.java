package org.loyaldesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.Timelines;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Related conversations stay apart but know of each other; and of a customer's several conversations, a message
 * without a reference goes to the one its words are about.
 */
@LoyaldeskTest
class LinkedConversationsTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void twoCustomersReportingOneOutageAreLinkedBothWaysAndUnlinked() {
        long anna = say("email", customer(), "De app laat sinds vanochtend geen bestellingen meer zien.");
        long bram = say("chat", customer(), "Your app shows a blank order list since this morning.");

        Api.Response linked = api.post(links(anna), Map.of("conversationId", bram));
        Api.Response again = api.post(links(anna), Map.of("conversationId", bram));

        assertThat(linked.status()).isEqualTo(200);
        assertThat(ids(linked.json())).containsExactly(bram);
        assertThat(ids(again.json())).as("linking twice changes nothing").containsExactly(bram);
        assertThat(ids(api.get(links(bram)).json())).containsExactly(anna);
        assertThat(Timelines.events(detail(anna))).containsOnlyOnce("linked|" + bram);
        assertThat(Timelines.events(detail(bram))).containsOnlyOnce("linked|" + anna);
        assertThat(detail(bram).at("/summary/messageCount").asInt()).as("nothing moved").isEqualTo(1);
        assertThat(api.get("/api/v1/audit?subjectType=conversation&subjectId=" + anna).json()
            .findValuesAsString("action")).contains("conversation.linked");

        Api.Response unlinked = api.delete(links(bram) + "/" + anna);

        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(ids(unlinked.json())).isEmpty();
        assertThat(ids(api.get(links(anna)).json())).isEmpty();
        assertThat(Timelines.events(detail(anna))).contains("unlinked|" + bram);
    }

    @Test
    void erasingACustomerRemovesTheirLinksFromOtherCustomersConversations() {
        long erased = say("email", customer(), "Mijn buren hebben hetzelfde probleem met de levering.");
        long kept = say("email", customer(), "De levering in onze straat is twee dagen te laat.");
        api.post(links(kept), Map.of("conversationId", erased));
        long customerId = detail(erased).at("/summary/customerId").asLong();

        assertThat(api.post("/api/v1/customers/" + customerId + "/erasure", Map.of()).status()).isEqualTo(200);

        assertThat(ids(api.get(links(kept)).json())).as("who was related to whom goes too").isEmpty();
    }

    @Test
    void badLinksAreRefusedClearlyAndChangeNothing() {
        String email = customer();
        long one = say("email", email, "Bestelling KK-8101 is kapot aangekomen.");
        long other = say("email", email, "Bestelling KK-8102 is niet bezorgd.");
        long third = say("email", email, "Bestelling KK-8103 heeft de verkeerde kleur.");
        api.post("/api/v1/conversations/" + one + "/merge", Map.of("conversationId", third));

        assertProblem(api.post(links(one), Map.of("conversationId", one)), 400);
        assertProblem(api.post(links(one), Map.of("conversationId", 987_654_321L)), 404);
        assertProblem(api.post("/api/v1/conversations/987654321/links", Map.of("conversationId", one)), 404);
        assertProblem(api.post(links(other), Map.of("conversationId", third)), 409);
        assertProblem(api.post(links(one), Map.of()), 400);
        assertProblem(api.post(links(one), Map.of("conversationId", "twaalf")), 400);
        assertProblem(api.postRaw(links(one), "{\"conversationId\": "), 400);
        assertProblem(api.get("/api/v1/conversations/abc/links"), 400);
        assertProblem(api.get("/api/v1/conversations/987654321/links"), 404);

        assertThat(ids(api.get(links(one)).json())).isEmpty();
        assertThat(ids(api.get(links(other)).json())).isEmpty();
        assertThat(Timelines.events(detail(other))).noneMatch(event -> event.startsWith("linked"));
    }

    @Test
    void aMergedConversationsLinksGoToTheConversationItWasMergedInto() {
        String email = customer();
        long parcel = say("email", email, "Bestelling KK-8201 is niet bezorgd.");
        long again = say("email", email, "Bestelling KK-8202 is ook niet bezorgd.");
        long neighbour = say("email", customer(), "Mijn buurman heeft een pakket van jullie voor mij aangenomen.");
        api.post(links(again), Map.of("conversationId", neighbour));
        api.post(links(again), Map.of("conversationId", parcel));

        api.post("/api/v1/conversations/" + parcel + "/merge", Map.of("conversationId", again));

        assertThat(ids(api.get(links(parcel)).json())).as("never linked to itself").containsExactly(neighbour);
        assertThat(ids(api.get(links(neighbour)).json())).containsExactly(parcel);
    }

    @Test
    void ofTwoActiveConversationsAMessageOnAnotherChannelContinuesTheOneItsWordsAreAbout() {
        String email = customer();
        long blender = say("email", email, "Bestelling KK-8301: de blender maakt een raar knarsend geluid en ruikt verbrand.");
        long invoice = say("email", email, "Bestelling KK-8302: op de factuur staat het verkeerde bedrag, dubbel afgeschreven.");

        long viaChat = say("chat", email, "De blender ruikt nog steeds verbrand, ook na het schoonmaken.");
        long viaPhone = say("phone", email, "Belt over het bedrag op de factuur: nog steeds dubbel afgeschreven.");

        assertThat(viaChat).as("about the blender, though the invoice conversation is more recent").isEqualTo(blender);
        assertThat(viaPhone).isEqualTo(invoice);
        assertThat(Timelines.customerChannels(detail(blender))).containsExactly("email", "chat");
        assertThat(Timelines.events(detail(blender))).contains("channel|email|chat");
    }

    private long say(String channel, String email, String text) {
        return api.inbound(channel, email, text, null).id("conversationId");
    }

    private JsonNode detail(long id) {
        return api.get("/api/v1/conversations/" + id).json();
    }

    private static String links(long id) {
        return "/api/v1/conversations/" + id + "/links";
    }

    private static List<Long> ids(JsonNode summaries) {
        return summaries.valueStream().map(summary -> summary.get("id").asLong()).toList();
    }

    private static String customer() {
        return "gekoppeld-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }
}
