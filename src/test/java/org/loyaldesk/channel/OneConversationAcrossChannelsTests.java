package org.loyaldesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** The customer never repeats their story: one issue is one conversation, whatever channel they use. */
@LoyaldeskTest
class OneConversationAcrossChannelsTests {

    @LocalServerPort
    int port;

    Api api;
    String email;
    String phone;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        email = "pakket-" + UUID.randomUUID() + "@voorbeeld.nl";
        phone = "+316" + (10_000_000 + Math.abs(email.hashCode() % 89_999_999));
    }

    @Test
    void chatThenEmailThenAPhoneCallAboutOneParcelAreOneConversationWithThreeChannelsAndOneCustomer() {
        Api.Response chat = api.post("/api/v1/messages/inbound", Map.of("channel", "chat",
            "from", Map.of("email", email, "name", "Eva Jansen"),
            "text", "Mijn pakket van bestelling KK-48213 is niet aangekomen. Waar is het?"));
        Api.Response mail = api.postMail(mail("Pakket nog steeds niet binnen",
            "Ik heb net al gechat, maar het pakket is er nog steeds niet."));
        Api.Response call = api.post("/api/v1/messages/inbound", Map.of("channel", "phone",
            "from", Map.of("phone", phone, "email", email, "name", "Eva Jansen"),
            "text", "Belt over het pakket van bestelling KK-48213, nog niet bezorgd."));

        long conversation = chat.id("conversationId");
        assertThat(List.of(mail.id("conversationId"), call.id("conversationId"))).containsOnly(conversation);
        assertThat(call.id("customerId")).isEqualTo(chat.id("customerId"));
        JsonNode detail = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(Timelines.customerChannels(detail)).containsExactly("chat", "email", "phone");
        assertThat(Timelines.events(detail)).contains("channel|chat|email", "channel|email|phone");
        JsonNode customer = api.get("/api/v1/customers/" + chat.id("customerId")).json();
        assertThat(customer.get("conversations").size()).isEqualTo(1);
    }

    @Test
    void theReplyGoesByDefaultWhereTheCustomerLastWrote() {
        long conversation = api.inbound("chat", email, "Waar blijft mijn pakket?", null).id("conversationId");
        api.inbound("whatsapp", email, "Ik stuur het maar even via WhatsApp", null);

        JsonNode replied = api.post("/api/v1/conversations/" + conversation + "/replies",
            Map.of("text", "Het pakket komt morgen.")).json();

        JsonNode reply = replied.get("timeline").get(replied.get("timeline").size() - 1);
        assertThat(reply.get("kind").asString()).isEqualTo("reply");
        assertThat(reply.get("channel").asString()).isEqualTo("whatsapp");
    }

    @Test
    void twoIssuesAboutDifferentOrdersOfOneCustomerStayTwoConversations() {
        long parcel = api.inbound("api", email, "Bestelling KK-1001 is niet bezorgd.", null).id("conversationId");
        long broken = api.inbound("whatsapp", email, "Het koffiezetapparaat uit bestelling KK-2002 is kapot.", null)
            .id("conversationId");
        long aboutTheParcel = api.inbound("chat", email, "Is er al nieuws over bestelling KK-1001?", null)
            .id("conversationId");
        long aboutTheMachine = api.inbound("phone", email, "Ik bel over order KK-2002, het apparaat lekt.", null)
            .id("conversationId");

        assertThat(broken).isNotEqualTo(parcel);
        assertThat(aboutTheParcel).isEqualTo(parcel);
        assertThat(aboutTheMachine).isEqualTo(broken);
        assertThat(Timelines.customerChannels(api.get("/api/v1/conversations/" + parcel).json()))
            .containsExactly("api", "chat");
        assertThat(Timelines.customerChannels(api.get("/api/v1/conversations/" + broken).json()))
            .containsExactly("whatsapp", "phone");
    }

    @Test
    void aConversationNumberInTheMessagePicksThatConversation() {
        long parcel = api.inbound("api", email, "Bestelling KK-3003 is niet bezorgd.", null).id("conversationId");
        long broken = api.inbound("api", email, "Bestelling KK-4004 is kapot.", null).id("conversationId");

        long chosen = api.inbound("chat", email, "Over #" + parcel + ": het is er nog steeds niet", null).id("conversationId");

        assertThat(broken).isNotEqualTo(parcel);
        assertThat(chosen).isEqualTo(parcel);
    }

    @Test
    void anExplicitConversationIdWinsOverEveryGuess() {
        long parcel = api.inbound("api", email, "Bestelling KK-5005 is niet bezorgd.", null).id("conversationId");
        long broken = api.inbound("api", email, "Bestelling KK-6006 is kapot.", null).id("conversationId");

        long named = api.post("/api/v1/messages/inbound", Map.of("channel", "chat", "from", Map.of("email", email),
            "text", "Over bestelling KK-5005 nog iets", "conversationId", broken)).id("conversationId");

        assertThat(named).isEqualTo(broken).isNotEqualTo(parcel);
    }

    @Test
    void aCustomerWhoComesBackAboutASolvedIssueReopensItAsARepeatContact() {
        long conversation = api.inbound("chat", email, "Mijn pakket is niet bezorgd.", null).id("conversationId");
        api.put("/api/v1/conversations/" + conversation + "/contact-reason", Map.of("contactReason", "delivery"));
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

        long again = api.inbound("whatsapp", email, "Het pakket is nog steeds niet bezorgd, de bezorger is niet geweest!",
            null).id("conversationId");

        assertThat(again).isEqualTo(conversation);
        JsonNode detail = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(detail.at("/summary/status").asString()).isEqualTo("open");
        assertThat(detail.get("reopenCount").asInt()).isZero();
        assertThat(Timelines.events(detail)).contains("came-back|delivery", "channel|chat|whatsapp");
    }

    @Test
    void aCustomerWhoWritesAboutSomethingElseAfterASolvedIssueStartsANewConversation() {
        long conversation = api.inbound("chat", email, "Mijn pakket is niet bezorgd.", null).id("conversationId");
        api.put("/api/v1/conversations/" + conversation + "/contact-reason", Map.of("contactReason", "payment"));
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

        long other = api.inbound("chat", email, "Hoe kan ik mijn wachtwoord van mijn account wijzigen? Ik kan niet inloggen.",
            null).id("conversationId");

        assertThat(other).isNotEqualTo(conversation);
        assertThat(api.get("/api/v1/conversations/" + conversation).json().at("/summary/status").asString())
            .isEqualTo("solved");
    }

    private byte[] mail(String subject, String body) {
        return ("From: Eva Jansen <" + email + ">\r\nTo: Klantenservice <support@loyaldesk.test>\r\nSubject: " + subject
            + "\r\nDate: Wed, 02 Dec 2026 10:00:00 +0100\r\nMessage-ID: <" + UUID.randomUUID() + "@voorbeeld.nl>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    }
}
