package org.loyaldesk.portal;

import org.loyaldesk.platform.RandomTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.loyaldesk.channel.spi.ReplyMailLinks;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links under our reply mails that open the conversation in the portal. Such a link may be forwarded,
 * so it opens that one conversation only, for the customer it was sent to, until it expires; the rest
 * of the portal still needs a sign-in link.
 */
@Component
class ConversationLinks implements ReplyMailLinks {

    record Link(long customerId, long conversationId) {
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final MessageSource messages;
    private final PortalSettings settings;
    private final Clock clock;
    private final String base;

    ConversationLinks(JdbcClient jdbc, CustomerDirectory customers, MessageSource messages, PortalSettings settings,
                      LoyaldeskProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.base = properties.linkBase();
    }

    @Override
    public Optional<String> footer(long customerId, long conversationId) {
        Locale locale = customers.ref(customerId).map(CustomerRef::language).map(language -> language.locale())
            .orElse(Locale.ENGLISH);
        return Optional.of(messages.getMessage("portal.mail.followOnline", new Object[] { url(customerId, conversationId) },
            locale));
    }

    String url(long customerId, long conversationId) {
        String token = RandomTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO portal_conversation_link (token_hash, customer_id, conversation_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)")
            .params(RandomTokens.hash(token), customerId, conversationId, utc(now),
                utc(now.plus(settings.conversationLinkValidity())))
            .update();
        return base + "/portal/link/" + token;
    }

    Optional<Link> verify(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT customer_id, conversation_id FROM portal_conversation_link WHERE token_hash = ? "
                + "AND expires_at > ?")
            .params(RandomTokens.hash(token), utc(clock.instant()))
            .query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2))).optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
