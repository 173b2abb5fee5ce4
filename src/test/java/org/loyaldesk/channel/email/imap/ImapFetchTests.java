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

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/** An IMAP mailbox an admin adds is emptied into Loyaldesk, and each message is marked on the server once filed. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN, "loyaldesk.mail.poll-interval=1s" })
class ImapFetchTests {

    @RegisterExtension
    static GreenMailExtension imap = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void messagesInTheMailboxAreFiledOnceAndMarkedOnTheServer() throws Exception {
        String address = "hulp-" + UUID.randomUUID().toString().substring(0, 6) + "@loyaldesk.test";
        imap.setUser(address, "hulp", "geheim");
        for (int i = 0; i < 5; i++) {
            GreenMailUtil.sendTextEmail(address, "klant" + i + "@voorbeeld.nl", "Vraag " + i, "Waar is pakket " + i + "?",
                ServerSetupTest.SMTP);
        }

        Api.Response added = new Api(port).post("/api/v1/settings/mailboxes", Map.of("address", address, "host", "127.0.0.1",
            "port", ServerSetupTest.IMAP.getPort(), "security", "none", "user", "hulp", "password", "geheim"));

        assertThat(added.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> filed("Vraag %") == 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> markedOnServer() == 5);
        GreenMailUtil.sendTextEmail(address, "klant9@voorbeeld.nl", "Vraag 9", "Nog een", ServerSetupTest.SMTP);
        await().atMost(Duration.ofSeconds(20)).until(() -> filed("Vraag %") == 6);
        assertThat(filed("Vraag 0")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_error FROM channel_mailbox WHERE address = ?").param(address)
            .query(String.class).optional()).isEmpty();
    }

    private long filed(String subjectPattern) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_mail WHERE subject LIKE ? AND direction = 'INBOUND'")
            .param(subjectPattern).query(Long.class).single();
    }

    private int markedOnServer() throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", ServerSetupTest.IMAP.getPort(), "hulp", "geheim");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int marked = 0;
            for (Message message : inbox.getMessages()) {
                if (message.getFlags().contains(MailboxFetch.IMPORTED) && message.isSet(Flags.Flag.SEEN)) {
                    marked++;
                }
            }
            return marked;
        }
    }
}
