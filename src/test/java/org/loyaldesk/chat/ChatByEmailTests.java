package org.loyaldesk.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.conversation.AgentsAtWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nobody can take a chat (no agent has the workspace open, and chats follow business hours here): the widget
 * asks for an email address, and the chat continues by email in the same conversation. Same application as the
 * portal's mail tests (a mail server, no agent screens).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
    "loyaldesk.mail.address=support@loyaldesk.test",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025" })
class ChatByEmailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    AgentsAtWork atWork;

    @Autowired
    ChatVisitors visitors;

    @Autowired
    ChatSessions sessions;

    @Test
    void withNobodyToAnswerTheChatContinuesByEmailInTheSameConversation() throws Exception {
        assertThat(atWork.anyone()).as("no agent screen is open in this application").isFalse();
        String email = "chatter-" + UUID.randomUUID() + "@voorbeeld.nl";
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            widget.say("Mijn bestelling KK-4711 is beschadigd aangekomen", UUID.randomUUID().toString(), "nl");
            widget.send("/chat/person", Map.of("lang", "nl"));

            widget.awaitState(state -> state.get("askEmail").asBoolean());
            assertThat(widget.lines()).anyMatch(line -> line.get("text").asString().startsWith("Er is nu niemand beschikbaar"));

            assertThat(widget.send("/chat/email", Map.of("email", email)).status()).isEqualTo(204);
            widget.awaitState(state -> state.get("state").asString().equals("email")
                && state.get("email").asString().equals(email) && !state.get("askEmail").asBoolean());

            long conversation = sessions.latest(visitors.authenticate(widget.visitor, widget.token).id()).orElseThrow()
                .conversationId();
            Api admin = new Api(port);
            admin.post("/api/v1/conversations/" + conversation + "/replies",
                Map.of("text", "Wat vervelend! We sturen vandaag een nieuwe."));

            MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> List.of(smtp.getReceivedMessages())
                .stream().filter(message -> recipients(message).contains(email)).findFirst().orElse(null), found -> found != null);
            assertThat(GreenMailUtil.getBody(mail)).contains("We sturen vandaag een nieuwe.");
            assertThat(mail.getSubject()).contains("[#" + conversation + "]");
            widget.awaitLine(line -> line.get("text").asString().equals("Wat vervelend! We sturen vandaag een nieuwe."));

            // the customer's answer by mail threads into the same conversation
            String answer = "From: " + email + "\r\nTo: support@loyaldesk.test\r\nSubject: Re: " + mail.getSubject()
                + "\r\nIn-Reply-To: " + mail.getMessageID() + "\r\nMessage-ID: <" + UUID.randomUUID() + "@voorbeeld.nl>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nDank je, dan wacht ik de nieuwe af.\r\n";
            assertThat(admin.postMail(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isBetween(200, 202);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ChatTests.bodies(admin.get(
                "/api/v1/conversations/" + conversation).json().get("timeline"), "INBOUND"))
                .contains("Mijn bestelling KK-4711 is beschadigd aangekomen")
                .anyMatch(body -> body.startsWith("Dank je, dan wacht ik de nieuwe af.")));
        }
    }

    @Test
    void anAddressLeftInTheChatGetsTheRepliesButDoesNotMakeTheVisitorThatCustomer() {
        Api admin = new Api(port);
        String email = "bestaand-" + UUID.randomUUID() + "@voorbeeld.nl";
        long existing = admin.inbound("email", email, "Een eerdere vraag over mijn account", null).id("customerId");
        try (WidgetClient widget = WidgetClient.newVisitor(port).connect()) {
            ChatInputTests.assertRefused(widget.send("/chat/email", Map.of("email", email)), 400, "invalid-input");

            // a person asked for before writing anything, then an address: the request is what the agents answer
            widget.send("/chat/person", Map.of("lang", "en"));
            widget.awaitState(state -> state.get("askEmail").asBoolean());
            assertThat(widget.send("/chat/email", Map.of("email", email)).status()).isEqualTo(204);

            ChatSession chat = sessions.latest(visitors.authenticate(widget.visitor, widget.token).id()).orElseThrow();
            assertThat(chat.conversationId()).isNotNull();
            var detail = admin.get("/api/v1/conversations/" + chat.conversationId()).json();
            assertThat(ChatTests.bodies(detail.get("timeline"), "INBOUND")).contains("Please answer me by email at " + email + ".");
            assertThat(detail.at("/summary/customerId").asLong()).as("typing an address proves nothing").isNotEqualTo(existing);
            assertThat(admin.get("/api/v1/customers/" + existing).json().toString())
                .doesNotContain(widget.visitor);

            admin.post("/api/v1/conversations/" + chat.conversationId() + "/replies", Map.of("text", "We mail you."));
            await().atMost(Duration.ofSeconds(20)).until(() -> List.of(smtp.getReceivedMessages()).stream()
                .anyMatch(message -> recipients(message).contains(email) && GreenMailUtil.getBody(message)
                    .contains("We mail you.")));
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return String.join(",", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList());
        } catch (Exception e) {
            return "";
        }
    }
}
