package org.loyaldesk.portal;

import org.loyaldesk.platform.RandomTokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.loyaldesk.Browser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers signed in to the portal without a mail server: a sign-in link is stored as the mail
 * would have brought it, then used through the same pages. How the link reaches the mailbox is
 * {@link PortalSignInTests}' subject.
 */
final class PortalCustomers {

    private PortalCustomers() {
    }

    /** A sign-in link's token for this customer, stored as if it had just been mailed. */
    static String link(JdbcClient jdbc, long customerId) {
        String token = RandomTokens.newToken();
        jdbc.sql("INSERT INTO portal_sign_in_link (token_hash, customer_id, address, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)")
            .params(RandomTokens.hash(token), customerId, "fixture@voorbeeld.nl", OffsetDateTime.now(ZoneOffset.UTC),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15))
            .update();
        return token;
    }

    static Browser signedIn(int port, JdbcClient jdbc, long customerId) {
        String token = link(jdbc, customerId);
        Browser browser = anonymous(port);
        browser.get("/portal/sign-in/" + token);
        Browser.Page page = browser.post("/portal/sign-in/" + token, Map.of());
        if (!"/portal/conversations".equals(page.path())) {
            throw new IllegalStateException("Signing in failed: " + page.status() + " " + page.path());
        }
        return browser;
    }

    /** Each from an address of its own, so that one test's sign-in requests do not use up another's. */
    static Browser anonymous(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Browser(port).comingFrom("10." + random.nextInt(256) + "." + random.nextInt(256) + "."
            + random.nextInt(1, 255));
    }
}
