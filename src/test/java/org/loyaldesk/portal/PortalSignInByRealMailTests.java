package org.loyaldesk.portal;

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
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.RealMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sign-in link through the real thing: Postfix delivers it into the customer's Dovecot mailbox,
 * read over IMAP as a mail program would; it signs in once and is refused the second time. Needs
 * the servers .ci/services.sh starts.
 */
@Tag("mail")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class PortalSignInByRealMailTests {

    @LocalServerPort
    int port;

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
    void theLinkInTheRealMailboxSignsInOnceAndIsRefusedTheSecondTime() throws Exception {
        deleteEarlierSignInMails();
        String email = env("CUSTOMER_ADDRESS");
        String subject = "Garantie " + UUID.randomUUID().toString().substring(0, 8);
        long conversation = new Api(port).inbound("api", email, subject, null).id("conversationId");

        Browser browser = PortalCustomers.anonymous(port);
        browser.get("/portal/sign-in");
        assertThat(browser.post("/portal/sign-in", Map.of("email", email)).html()).contains("Check your mailbox");
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(PortalSignInByRealMailTests::signInMail,
            found -> found != null);
        String token = PortalSignInTests.linkIn(mail, PortalSignInTests.SIGN_IN_LINK);

        browser.get("/portal/sign-in/" + token);
        Browser.Page signedIn = browser.post("/portal/sign-in/" + token, Map.of());
        assertThat(signedIn.path()).isEqualTo("/portal/conversations");
        assertThat(signedIn.html()).contains("/portal/conversations/" + conversation);

        Browser replay = PortalCustomers.anonymous(port);
        replay.get("/portal/sign-in/" + token);
        assertThat(replay.post("/portal/sign-in/" + token, Map.of()).status()).isEqualTo(410);
    }

    private static MimeMessage signInMail() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(env("IMAP_HOST"), Integer.parseInt(env("IMAP_PORT")), env("CUSTOMER_USER"), env("CUSTOMER_PASSWORD"));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                if (message.getSubject() != null && message.getSubject().contains("sign-in link")) {
                    return new MimeMessage((MimeMessage) message);
                }
            }
            return null;
        }
    }

    /** The customer mailbox is shared by runs and tests: an older link must not be mistaken for this one. */
    private static void deleteEarlierSignInMails() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(env("IMAP_HOST"), Integer.parseInt(env("IMAP_PORT")), env("CUSTOMER_USER"), env("CUSTOMER_PASSWORD"));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                if (message.getSubject() != null && message.getSubject().contains("sign-in link")) {
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            }
            inbox.close(true);
        }
    }
}
