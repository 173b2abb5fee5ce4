package org.loyaldesk.channel.email.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SubjectTerm;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.RealMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The email channel against the real thing: Postfix delivers a customer's mail into Dovecot,
 * Loyaldesk fetches it over IMAP, an agent replies, Postfix delivers the reply into the customer's
 * mailbox with the threading headers their mail program needs, and the customer's answer comes
 * back into the same conversation. Needs the servers .ci/services.sh starts.
 */
@Tag("mail")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN, "loyaldesk.mail.poll-interval=2s" })
class RealMailServerTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String env(String name) {
        return RealMailServer.env(name);
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        RealMailServer.register(registry);
    }

    @BeforeAll
    static void requireServers() {
        RealMailServer.require();
    }

    @Test
    void aCustomerAndAnAgentWriteBackAndForthInOneConversation() throws Exception {
        emptySupportInbox();
        Api api = new Api(port);
        api.post("/api/v1/settings/mailboxes", Map.of("address", env("SUPPORT_ADDRESS"), "displayName", "Klantenservice",
            "host", env("IMAP_HOST"), "port", Integer.parseInt(env("IMAP_PORT")), "security", "none",
            "user", env("SUPPORT_USER"), "password", env("SUPPORT_PASSWORD")));
        String subject = "Defecte waterkoker " + UUID.randomUUID().toString().substring(0, 8);
        String customerMessageId = sendAsCustomer(subject, "Mijn waterkoker lekt.", null);

        long conversation = await().atMost(Duration.ofSeconds(30))
            .until(() -> conversationOfSubject(subject), id -> id != null);
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "We sturen een nieuwe."));

        MimeMessage reply = await().atMost(Duration.ofSeconds(30)).until(() -> inCustomerMailbox("Re: " + subject),
            found -> found != null);
        assertThat(reply.getSubject()).isEqualTo("Re: " + subject + " [#" + conversation + "]");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(customerMessageId);
        assertThat(reply.getHeader("References")[0]).contains(customerMessageId);
        assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(env("SUPPORT_ADDRESS"));

        sendAsCustomer("Re: " + subject + " [#" + conversation + "]", "Dank je!", reply.getMessageID());

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
            "SELECT COUNT(*) FROM channel_mail WHERE conversation_id = ? AND direction = 'INBOUND'").param(conversation)
            .query(Long.class).single() == 2);
        assertThat(jdbc.sql("SELECT status FROM conversation_conversation WHERE id = ?").param(conversation)
            .query(String.class).single()).isEqualTo("OPEN");
    }

    /**
     * The support inbox is shared: the mail server's own self-check and earlier runs leave mail in
     * it. A fresh Loyaldesk would file that first, as this customer's active conversation, and the
     * test's mail would rightly continue it; the test is about one new conversation, so it starts
     * from an empty inbox.
     */
    private static void emptySupportInbox() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(env("IMAP_HOST"), Integer.parseInt(env("IMAP_PORT")), env("SUPPORT_USER"),
                env("SUPPORT_PASSWORD"));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                message.setFlag(Flags.Flag.DELETED, true);
            }
            inbox.close(true);
        }
    }

    private Long conversationOfSubject(String subject) {
        return jdbc.sql("SELECT conversation_id FROM channel_mail WHERE subject = ? AND direction = 'INBOUND'")
            .param(subject).query(Long.class).optional().orElse(null);
    }

    private static String sendAsCustomer(String subject, String text, String inReplyTo) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", env("SMTP_HOST"));
        properties.put("mail.smtp.port", env("SMTP_PORT"));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress(env("CUSTOMER_ADDRESS"), "Klant Test"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(env("SUPPORT_ADDRESS")));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
            mail.setHeader("References", inReplyTo);
        }
        mail.saveChanges();
        Transport.send(mail);
        return mail.getMessageID();
    }

    private static MimeMessage inCustomerMailbox(String subjectStart) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect(env("IMAP_HOST"), Integer.parseInt(env("IMAP_PORT")), env("CUSTOMER_USER"),
                env("CUSTOMER_PASSWORD"));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.search(new SubjectTerm(subjectStart))) {
                return new MimeMessage((MimeMessage) message);
            }
            return null;
        }
    }
}
