package org.loyaldesk.portal;

import org.loyaldesk.platform.RandomTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sign-in by a link sent to the customer's email address. The answer to a request is the same
 * whether the address is known or not, and takes the same time (the mail goes out afterwards, on
 * another thread), so the form cannot be used to find out who our customers are. Requests are
 * limited per address and per IP; a link works once, for a short while, for the customer it was
 * sent to.
 */
@Service
class SignInLinks {

    private static final Logger log = LoggerFactory.getLogger(SignInLinks.class);
    private static final Duration WINDOW = Duration.ofHours(1);

    enum Requested { SENT_IF_KNOWN, TOO_MANY }

    /** A redeemed link: who signed in, with which address. */
    record SignIn(long customerId, String address) {
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final ObjectProvider<OutboundMail> mail;
    private final SignInMail letters;
    private final PortalSettings settings;
    private final Executor background;
    private final Clock clock;

    SignInLinks(JdbcClient jdbc, CustomerDirectory customers, ObjectProvider<OutboundMail> mail, SignInMail letters,
                PortalSettings settings, @Qualifier("applicationTaskExecutor") Executor background, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.mail = mail;
        this.letters = letters;
        this.settings = settings;
        this.background = background;
        this.clock = clock;
    }

    /** @param address an email address, already checked by {@link ContactAddress#email} */
    @Transactional
    public Requested request(ContactAddress address, String ip, Locale locale) {
        Instant now = clock.instant();
        OffsetDateTime since = utc(now.minus(WINDOW));
        // refused requests are not counted: someone asking for a victim's links from elsewhere cannot lock them out
        // from their own IP address, only by spreading over many addresses past the (higher) total for the address
        long fromHere = count("address = ? AND ip = ?", since, address.value(), ip);
        long everywhere = count("address = ?", since, address.value());
        long byIp = count("ip = ?", since, ip);
        if (fromHere >= settings.linksPerAddressPerHour() || everywhere >= 4L * settings.linksPerAddressPerHour()
            || byIp >= settings.linksPerIpPerHour()) {
            return Requested.TOO_MANY;
        }
        jdbc.sql("DELETE FROM portal_sign_in_request WHERE requested_at < ?").param(utc(now.minus(Duration.ofDays(1)))).update();
        jdbc.sql("INSERT INTO portal_sign_in_request (address, ip, requested_at) VALUES (?, ?, ?)")
            .params(address.value(), ip, utc(now)).update();
        Optional<CustomerRef> customer = customers.owner(address);
        if (customer.isPresent()) {
            String token = RandomTokens.newToken();
            Instant expires = now.plus(settings.linkValidity());
            jdbc.sql("INSERT INTO portal_sign_in_link (token_hash, customer_id, address, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)")
                .params(RandomTokens.hash(token), customer.get().id(), address.value(), utc(now), utc(expires)).update();
            OutboundMail.AutomaticMessage letter = letters.link(address.value(), token, settings.linkValidity(),
                customer.get().language() == null ? locale : customer.get().language().locale());
            afterCommit(() -> background.execute(() -> send(letter)));
        }
        return Requested.SENT_IF_KNOWN;
    }

    /** The sign-in this link grants, once: a second use, an expired or an unknown link grant nothing. */
    @Transactional
    public Optional<SignIn> redeem(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return Optional.empty();
        }
        OffsetDateTime now = utc(clock.instant());
        Optional<SignIn> link = jdbc.sql("SELECT id, customer_id, address FROM portal_sign_in_link "
                + "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
            .params(RandomTokens.hash(token), now)
            .query((rs, row) -> new Link(rs.getLong(1), new SignIn(rs.getLong(2), rs.getString(3)))).optional()
            // of two concurrent redemptions, only the one whose update finds the link unused wins
            .filter(found -> jdbc.sql("UPDATE portal_sign_in_link SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(now, found.id()).update() == 1)
            .map(Link::signIn);
        return link.filter(signIn -> customers.ref(signIn.customerId()).isPresent());
    }

    private record Link(long id, SignIn signIn) {
    }

    private void send(OutboundMail.AutomaticMessage letter) {
        OutboundMail outbound = mail.getIfAvailable();
        OutboundMail.MailOutcome outcome = outbound == null ? OutboundMail.MailOutcome.NOT_CONFIGURED
            : outbound.sendRequested(letter);
        if (outcome == OutboundMail.MailOutcome.NOT_CONFIGURED && settings.linksInLogWithoutMail()) {
            log.info("No mail server to send the portal sign-in link for {} with; here it is:\n{}", letter.to(),
                letter.text());
        } else if (outcome != OutboundMail.MailOutcome.SENT) {
            log.warn("A portal sign-in link could not be sent: {}", outcome);
        }
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private long count(String where, OffsetDateTime since, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = since;
        return jdbc.sql("SELECT COUNT(*) FROM portal_sign_in_request WHERE " + where + " AND requested_at > ?")
            .params(params).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
