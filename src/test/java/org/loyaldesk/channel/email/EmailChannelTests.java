package org.loyaldesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.channel.OutboundMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.JsonNode;

/**
 * The email channel end to end on GreenMail: mail in through the MTA pipe, replies out by SMTP with
 * the threading headers a customer's mail program needs, and the customer's answer back in the same
 * conversation. The raw message is always kept byte for byte.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
    "loyaldesk.mail.address=support@loyaldesk.test",
    "loyaldesk.delivery.retry-delays=150ms,150ms",
    "loyaldesk.delivery.poll-interval=100ms",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025" })
class EmailChannelTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboundMail outboundMail;

    Api api;
    String customer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        customer = "klant-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
    }

    @Test
    void aMailIsFiledAndKeptByteForByte() {
        Mails mail = Mails.from(customer).subject("Waar blijft mijn bestelling?");

        Api.Response filed = api.postMail(mail.bytes());

        assertThat(filed.status()).isEqualTo(202);
        assertThat(filed.json().get("duplicate").asBoolean()).isFalse();
        JsonNode conversation = api.get("/api/v1/conversations/" + filed.id("conversationId")).json();
        assertThat(conversation.at("/summary/subject").asString()).isEqualTo("Waar blijft mijn bestelling?");
        assertThat(conversation.at("/summary/channel").asString()).isEqualTo("email");
        assertThat(conversation.at("/timeline/0/authorName").asString()).isEqualTo("Jan de Boer");
        assertThat(conversation.at("/timeline/0/body").asString()).contains("Ik heb een vraag over mijn bestelling.");
        byte[] kept = api.getBytes("/api/v1/messages/" + filed.id("messageId") + "/raw");
        assertThat(Mails.sha256(kept)).isEqualTo(Mails.sha256(mail.bytes()));
    }

    @Test
    void theSameMailDeliveredTwiceIsFiledOnce() {
        Mails mail = Mails.from(customer);
        Api.Response first = api.postMail(mail.bytes());
        Api.Response again = api.postMail(mail.bytes());
        Api.Response viaAnotherServer = api.postMail(mail.header("Received", "from mx2.voorbeeld.nl").bytes());

        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.id("messageId")).isEqualTo(first.id("messageId"));
        assertThat(viaAnotherServer.json().get("duplicate").asBoolean()).isTrue();
        assertThat(messagesIn(first.id("conversationId"))).isEqualTo(1);
    }

    @Test
    void aReusedMessageIdWithOtherContentIsANewMessage() {
        Mails first = Mails.from(customer);
        api.postMail(first.bytes());

        Api.Response reused = api.postMail(first.body("Een heel andere vraag, zelfde Message-ID.").bytes());

        assertThat(reused.json().get("duplicate").asBoolean()).isFalse();
    }

    @Test
    void anAgentsReplyGoesOutThreadedAndTheCustomersAnswerComesBackToTheSameConversation() throws Exception {
        Mails question = Mails.from(customer).subject("Kapotte molen");
        Api.Response filed = api.postMail(question.bytes());
        long conversation = filed.id("conversationId");

        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "We sturen een nieuwe molen."));

        MimeMessage sent = await().atMost(Duration.ofSeconds(10)).until(() -> received(customer), m -> m != null);
        assertThat(sent.getSubject()).isEqualTo("Re: Kapotte molen [#" + conversation + "]");
        assertThat(sent.getHeader("In-Reply-To")[0]).isEqualTo("<" + question.messageId() + ">");
        assertThat(sent.getHeader("References")[0]).contains(question.messageId());
        assertThat(sent.getHeader("X-Loyaldesk-Loop")).isNotEmpty();
        assertThat(sent.getFrom()[0].toString()).contains("support@loyaldesk.test");
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(lastReply(conversation).get("deliveryStatus").asString()));

        String ourId = sent.getMessageID().replaceAll("[<>]", "");
        Api.Response answer = api.postMail(Mails.from(customer).subject("Re: Kapotte molen [#" + conversation + "]")
            .header("In-Reply-To", "<" + ourId + ">").header("References", "<" + question.messageId() + "> <" + ourId + ">")
            .body("Dank je, ik wacht hem af.\r\n\r\nOp 21 nov schreef Klantenservice:\r\n> We sturen een nieuwe molen.").bytes());

        assertThat(answer.id("conversationId")).isEqualTo(conversation);
        assertThat(api.get("/api/v1/conversations/" + conversation).json().at("/summary/status").asString()).isEqualTo("open");
    }

    @Test
    void anAnswerToASolvedConversationReopensItAndToAClosedOneStartsALinkedOne() {
        Mails question = Mails.from(customer);
        long conversation = api.postMail(question.bytes()).id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

        long reopened = api.postMail(Mails.from(customer).header("In-Reply-To", "<" + question.messageId() + ">")
            .body("Toch nog een probleem.").bytes()).id("conversationId");
        assertThat(reopened).isEqualTo(conversation);
        assertThat(api.get("/api/v1/conversations/" + conversation).json().get("reopenCount").asInt()).isEqualTo(1);

        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "closed"));
        long followUp = api.postMail(Mails.from(customer).header("In-Reply-To", "<" + question.messageId() + ">")
            .body("En nog iets.").bytes()).id("conversationId");
        assertThat(followUp).isNotEqualTo(conversation);
        assertThat(api.get("/api/v1/conversations/" + followUp).json().get("previousConversationId").asLong())
            .isEqualTo(conversation);
    }

    @Test
    void aSubjectReferenceThreadsForTheCustomerButNotForAStranger() {
        long conversation = api.postMail(Mails.from(customer).bytes()).id("conversationId");

        long sameCustomer = api.postMail(Mails.from(customer).subject("Re: iets [#" + conversation + "]").body("Ik weer")
            .bytes()).id("conversationId");
        long stranger = api.postMail(Mails.from("vreemde-" + customer).subject("Re: iets [#" + conversation + "]")
            .bytes()).id("conversationId");

        assertThat(sameCustomer).isEqualTo(conversation);
        assertThat(stranger).isNotEqualTo(conversation);
    }

    @Test
    void anOutOfOfficeIsFiledButReopensNothing() {
        Mails question = Mails.from(customer);
        long conversation = api.postMail(question.bytes()).id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"));

        Api.Response auto = api.postMail(Mails.from(customer).subject("Afwezigheidsbericht: Re: Vraag over bestelling")
            .header("Auto-Submitted", "auto-replied").header("In-Reply-To", "<" + question.messageId() + ">")
            .body("Ik ben tot 1 december afwezig.").bytes());

        JsonNode detail = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(auto.id("conversationId")).isEqualTo(conversation);
        assertThat(detail.at("/summary/status").asString()).isEqualTo("solved");
        assertThat(detail.get("reopenCount").asInt()).isZero();
        JsonNode timeline = detail.get("timeline");
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("inbound");
        assertThat(last.get("automatic").asBoolean()).isTrue();
    }

    @Test
    void aBounceMarksTheReplyNotDeliveredAndTheAddressUndeliverable() throws Exception {
        long conversation = api.postMail(Mails.from(customer).bytes()).id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Hier is uw antwoord."));
        MimeMessage sent = await().atMost(Duration.ofSeconds(10)).until(() -> received(customer), m -> m != null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(lastReply(conversation).get("deliveryStatus").asString()));

        api.postMail(dsn(customer, sent.getMessageID()));

        JsonNode reply = lastReply(conversation);
        assertThat(reply.get("deliveryStatus").asString()).isEqualTo("failed");
        assertThat(reply.get("deliveryError").asString()).contains("Bounced").contains("5.1.1");
        assertThat(outboundMail.deliverable(customer)).isFalse();
        assertThat(outboundMail.send(new OutboundMail.AutomaticMessage(customer, "Hoe ging het?", "tekst", null,
            conversation, "survey"))).isEqualTo(OutboundMail.MailOutcome.UNDELIVERABLE);
        long customerId = api.get("/api/v1/conversations/" + conversation).json().at("/summary/customerId").asLong();
        assertThat(api.get("/api/v1/customers/" + customerId).json().at("/contactWarnings/" + customer + "/code")
            .asString()).isEqualTo("undeliverable");
        String agent = "agent-" + customer;
        api.post("/api/v1/agents", Map.of("email", agent, "name", "Agent Post", "password", "correct-horse-9", "role", "AGENT"));
        Browser browser = new Browser(port);
        browser.logIn(agent, "correct-horse-9");
        assertThat(browser.get("/customers/" + customerId).html()).contains("class=\"contact-warning\"")
            .contains("mail bounces since");
    }

    @Test
    void spamGoesToTheSpamViewAndNothingIsLost() {
        byte[] spam = Mails.from("deals-" + customer).subject("URGENT!!! You have WON $1,000,000 - claim your FREE prize NOW")
            .header("Content-Type", "text/html; charset=UTF-8")
            .body("<html><body><h1>CONGRATULATIONS!!!</h1><p>Click here to claim your FREE CASH prize, viagra, cheap meds, "
                + "casino bonus, 100% guaranteed, no risk, limited time offer, unsubscribe</p>"
                + "<a href=\"http://win.example.biz/claim\">CLAIM NOW</a></body></html>").bytes();

        long conversation = api.postMail(spam).id("conversationId");

        JsonNode detail = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(detail.at("/summary/spam").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/conversations?view=spam&limit=100").json().get("items").findValuesAsString("id"))
            .contains(String.valueOf(conversation));
        assertThat(api.get("/api/v1/conversations?view=all&limit=100").json().get("items").findValuesAsString("id"))
            .doesNotContain(String.valueOf(conversation));
        api.post("/api/v1/conversations/" + conversation + "/spam", Map.of("spam", false));
        assertThat(api.get("/api/v1/conversations/" + conversation).json().at("/summary/spam").asBoolean()).isFalse();
    }

    @Test
    void aMailTooLargeIsRefusedWholeAndNothingIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM channel_mail").query(Long.class).single();
        byte[] huge = Mails.from(customer).body("x".repeat(53 * 1024 * 1024)).bytes();

        Api.Response refused = api.postMail(huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_mail").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void ccAddressesAreKeptAndAReplyToEveryoneReachesThem() throws Exception {
        String colleague = "collega-" + customer;
        long conversation = api.postMail(Mails.from(customer).header("Cc", "Piet <" + colleague + ">").bytes())
            .id("conversationId");

        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Aan jullie allebei.", "toEveryone", true));

        MimeMessage toColleague = await().atMost(Duration.ofSeconds(10)).until(() -> received(colleague), m -> m != null);
        assertThat(toColleague.getSubject()).contains("[#" + conversation + "]");
    }

    @Test
    void aReplyCarriesItsAttachmentsToTheCustomer() throws Exception {
        long conversation = api.postMail(Mails.from(customer).bytes()).id("conversationId");
        byte[] invoice = "%PDF-1.4 factuur KK-240100".getBytes();

        Api.Response replied = api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "De factuur.",
            "attachments", List.of(Map.of("name", "factuur.pdf", "contentType", "application/pdf",
                "contentBase64", Base64.getEncoder().encodeToString(invoice)))));

        assertThat(replied.status()).isEqualTo(201);
        MimeMessage sent = await().atMost(Duration.ofSeconds(10)).until(() -> received(customer), m -> m != null);
        Multipart parts = (Multipart) sent.getContent();
        BodyPart file = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("factuur.pdf".equals(parts.getBodyPart(i).getFileName())) {
                file = parts.getBodyPart(i);
            }
        }
        assertThat(file).isNotNull();
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(invoice);
        assertThat(api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "x", "attachments",
            List.of(Map.of("name", "kapot.bin", "contentBase64", "!!!niet-base64")))).status()).isEqualTo(400);
    }

    private MimeMessage received(String address) {
        return List.of(smtp.getReceivedMessages()).stream().filter(message -> {
            try {
                return List.of(message.getAllRecipients()).stream().anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    private JsonNode lastReply(long conversation) {
        JsonNode last = null;
        for (JsonNode entry : api.get("/api/v1/conversations/" + conversation).json().get("timeline")) {
            if ("reply".equals(entry.get("kind").asString())) {
                last = entry;
            }
        }
        return last;
    }

    private long messagesIn(long conversation) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ?").param(conversation)
            .query(Long.class).single();
    }

    /** An RFC 3464 delivery status notification for a mail we sent. */
    private static byte[] dsn(String recipient, String originalMessageId) {
        String boundary = "dsn-" + UUID.randomUUID();
        return ("From: Mail Delivery System <MAILER-DAEMON@mx.voorbeeld.nl>\r\n"
            + "To: support@loyaldesk.test\r\n"
            + "Subject: Undelivered Mail Returned to Sender\r\n"
            + "Message-ID: <" + UUID.randomUUID() + "@mx.voorbeeld.nl>\r\n"
            + "Auto-Submitted: auto-replied\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\r\n\r\n"
            + "--" + boundary + "\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            + "--" + boundary + "\r\nContent-Type: message/delivery-status\r\n\r\n"
            + "Reporting-MTA: dns; mx.voorbeeld.nl\r\n\r\n"
            + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
            + "--" + boundary + "\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            + "Message-ID: " + originalMessageId + "\r\nSubject: Re: Vraag\r\n\r\n"
            + "--" + boundary + "--\r\n").getBytes();
    }
}
