package org.loyaldesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Signing in to the portal by a link read from the customer's real mailbox (GreenMail here; the
 * Postfix/Dovecot version is {@link PortalSignInByRealMailTests}): once, never twice, never after it
 * expired, never telling whether an address is known, and not as often as one likes.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
    "loyaldesk.mail.address=support@loyaldesk.test",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025" })
class PortalSignInTests {

    static final Pattern SIGN_IN_LINK = Pattern.compile("/portal/sign-in/([A-Za-z0-9_-]{43})");
    static final Pattern CONVERSATION_LINK = Pattern.compile("/portal/link/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExpiredLinks expiredLinks;

    @Test
    void theLinkFromTheMailboxSignsInOnceAndIsRefusedTheSecondTime() {
        String email = address("anna");
        long conversation = new Api(port).inbound("api", email, "Waar blijft mijn bestelling KK-1001?", null)
            .id("conversationId");

        Browser browser = browser();
        browser.get("/portal/sign-in");
        Browser.Page asked = browser.post("/portal/sign-in", Map.of("email", email.toUpperCase()));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html()).contains("Check your mailbox");

        String token = linkIn(awaitMail(email), SIGN_IN_LINK);
        Browser.Page confirm = browser.get("/portal/sign-in/" + token);
        assertThat(confirm.html()).contains("Press the button to sign in");
        Browser.Page signedIn = browser.post("/portal/sign-in/" + token, Map.of());
        assertThat(signedIn.path()).isEqualTo("/portal/conversations");
        assertThat(signedIn.html()).contains("/portal/conversations/" + conversation).contains("My conversations");

        Browser replay = browser();
        replay.get("/portal/sign-in/" + token);
        Browser.Page refused = replay.post("/portal/sign-in/" + token, Map.of());
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.html()).contains("no longer works");
        assertThat(replay.get("/portal/conversations").path()).isEqualTo("/portal/sign-in");
        // the link is a credential: no copy of the mail is kept where agents can read raw mail
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_mail WHERE subject LIKE '%sign-in link%'").query(Long.class)
            .single()).isZero();
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = address("bram");
        new Api(port).inbound("api", email, "Mijn pakket is beschadigd", null);
        Browser browser = browser();
        browser.get("/portal/sign-in");
        browser.post("/portal/sign-in", Map.of("email", email));
        String token = linkIn(awaitMail(email), SIGN_IN_LINK);
        // fifteen minutes pass
        jdbc.sql("UPDATE portal_sign_in_link SET expires_at = created_at WHERE address = ?").param(email).update();

        browser.get("/portal/sign-in/" + token);
        Browser.Page refused = browser.post("/portal/sign-in/" + token, Map.of());
        assertThat(refused.status()).isEqualTo(410);
        assertThat(browser.get("/portal/conversations").path()).isEqualTo("/portal/sign-in");

        // a day after it expired, the link (which names the customer and the address) is no longer kept
        jdbc.sql("UPDATE portal_sign_in_link SET expires_at = ? WHERE address = ?")
            .params(java.time.OffsetDateTime.now().minusDays(2), email).update();
        expiredLinks.forget();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_sign_in_link WHERE address = ?").param(email).query(Long.class)
            .single()).isZero();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMailAndNoCustomerIsMade() {
        String unknown = address("nobody");
        Browser browser = browser();
        browser.get("/portal/sign-in");
        Browser.Page asked = browser.post("/portal/sign-in", Map.of("email", unknown));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html()).contains("Check your mailbox").contains("If " + unknown + " is an address we know");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(unknown) == 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_contact_point WHERE address = ?").param(unknown)
            .query(Long.class).single()).isZero();
    }

    @Test
    void linksAreLimitedPerAddressAndPerIp() {
        String email = address("carla");
        new Api(port).inbound("api", email, "Vraag over mijn factuur", null);
        Browser browser = browser();
        browser.get("/portal/sign-in");
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/portal/sign-in", Map.of("email", email)).status()).isEqualTo(200);
        }
        Browser.Page limited = browser.post("/portal/sign-in", Map.of("email", email));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.html()).contains("several links in a short time");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) == 5);
        // whoever asked from there, the customer asking from their own address still gets a link
        Browser elsewhere = browser();
        elsewhere.get("/portal/sign-in");
        assertThat(elsewhere.post("/portal/sign-in", Map.of("email", email)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) == 6);

        Browser oneIp = browser();
        oneIp.get("/portal/sign-in");
        for (int i = 0; i < 20; i++) {
            assertThat(oneIp.post("/portal/sign-in", Map.of("email", address("spray" + i))).status()).isEqualTo(200);
        }
        assertThat(oneIp.post("/portal/sign-in", Map.of("email", address("spray-last"))).status()).isEqualTo(429);
    }

    @Test
    void aBadAddressGetsAFormErrorNeverAServerError() {
        Browser browser = browser();
        browser.get("/portal/sign-in");
        for (String bad : List.of("", "not-an-address", "\u0000", "x".repeat(5000) + "@voorbeeld.nl", "a@b@c.nl")) {
            Browser.Page page = browser.post("/portal/sign-in", Map.of("email", bad));
            assertThat(page.status()).as(bad.length() > 40 ? "long address" : bad).isEqualTo(400);
            assertThat(page.html()).contains("Enter a valid email address");
        }
        // what the customer typed is shown back as text, never as markup
        Browser.Page echoed = browser.post("/portal/sign-in", Map.of("email", "<script>alert(1)</script>@x.nl"));
        assertThat(echoed.html()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;@x.nl");
        for (String token : List.of("x", "%00", "A".repeat(43), "A".repeat(500))) {
            Browser.Page page = browser.post("/portal/sign-in/" + token, Map.of());
            assertThat(page.status()).as(token).isIn(400, 404, 410);
        }
    }

    @Test
    void aSignedInAgentIsNotACustomerAndTheLinkUnderAReplyOpensOnlyThatConversation() {
        String agentEmail = address("agent");
        new Api(port).post("/api/v1/agents", Map.of("email", agentEmail, "name", "Agent Smit",
            "password", "geheim-wachtwoord-123", "role", "AGENT"));
        Browser agent = browser();
        assertThat(agent.logIn(agentEmail, "geheim-wachtwoord-123").path()).isEqualTo("/inbox");
        assertThat(agent.get("/portal/conversations").path()).isEqualTo("/portal/sign-in");
        assertThat(agent.get("/inbox").path()).as("the agent stays signed in").isEqualTo("/inbox");

        String email = address("daan");
        Api api = new Api(port);
        long first = api.inbound("email", email, "Eerste vraag over de koffiemolen", null).id("conversationId");
        api.post("/api/v1/conversations/" + first + "/status", Map.of("status", "solved"));
        long second = api.inbound("email", email, "Tweede vraag: de melkopschuimer piept", null).id("conversationId");
        assertThat(second).isNotEqualTo(first);
        api.post("/api/v1/conversations/" + second + "/replies", Map.of("text", "Dat lossen we op."));
        // the survey about the first conversation and the reply to the second both carry a link to their conversation
        String token = await().atMost(Duration.ofSeconds(20)).until(() -> linkInMailAbout(email, "melkopschuimer"),
            found -> found != null);

        String notice = "Storing " + UUID.randomUUID();
        api.post("/api/v1/notices", Map.of("severity", "info", "titleNl", notice, "textNl", "Iedereen ziet dit"));
        Browser customer = browser();
        Browser.Page opened = customer.get("/portal/link/" + token);
        assertThat(opened.path()).isEqualTo("/portal/conversations/" + second);
        assertThat(opened.html()).contains("Dat lossen we op.");
        assertThat(customer.get("/portal/conversations").html()).contains("/portal/conversations/" + second)
            .doesNotContain("/portal/conversations/" + first + "\"");
        assertThat(customer.get("/portal/conversations/" + first).status()).isEqualTo(404);
        assertThat(customer.get("/portal/surveys").path()).isEqualTo("/portal/sign-in");
        // a forwarded link tells nothing beyond its conversation: no notices (they reveal what was bought) ...
        assertThat(opened.html()).doesNotContain(notice);
        // ... and no writing where it would start another conversation
        api.post("/api/v1/conversations/" + second + "/status", Map.of("status", "closed"));
        customer.get("/portal/conversations/" + second);
        Browser.Page refused = customer.post("/portal/conversations/" + second + "/reply", Map.of("text", "Nog een vraag"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("Sign in with your email address to write here");
        assertThat(browser().get("/portal/link/" + token.substring(1) + "A").status()).isEqualTo(410);
    }

    private String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
    }

    /** Each browser from its own address, so that the per-IP limit of one test does not reach another. */
    private Browser browser() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Browser(port).comingFrom("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    private MimeMessage awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> List.of(smtp.getReceivedMessages()).stream()
            .filter(message -> to(message, address)).reduce((first, last) -> last).orElse(null), found -> found != null);
    }

    static String linkIn(MimeMessage mail, Pattern link) {
        String text = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = link.matcher(text);
        assertThat(matcher.find()).as("a link in: " + text).isTrue();
        return matcher.group(1);
    }

    private String linkInMailAbout(String address, String subjectPart) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (to(message, address) && message.getSubject().contains(subjectPart)) {
                return linkIn(message, CONVERSATION_LINK);
            }
        }
        return null;
    }

    private long mailsTo(String address) {
        return List.of(smtp.getReceivedMessages()).stream().filter(message -> to(message, address)).count();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return List.of(message.getAllRecipients()).stream().anyMatch(r -> r.toString().equalsIgnoreCase(address)
                || r.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (Exception e) {
            return false;
        }
    }
}
