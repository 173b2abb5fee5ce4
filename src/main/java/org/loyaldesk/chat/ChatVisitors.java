package org.loyaldesk.chat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.loyaldesk.knowledge.HelpCentreVisits;
import org.loyaldesk.platform.RandomTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The browsers that chat with us. A visitor is a public id and a token that only their browser knows; every
 * request carries both, so that nobody can read or write another visitor's chat by guessing an id.
 */
@Component
class ChatVisitors {

    private static final Pattern PUBLIC_ID = Pattern.compile("v_[A-Za-z0-9_-]{22}");

    private final JdbcClient jdbc;
    private final Clock clock;

    ChatVisitors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param customerId   known from a signed identity, else null until the chat is handed over
     * @param name         as a signed identity gave it, else null
     * @param helpVisitor  the help-centre visitor the chat counts as for self-service (deflection)
     */
    record Visitor(long id, String publicId, Long customerId, String name, String helpVisitor) {
    }

    /** A new visitor and the token to hand to their browser, the only place it is kept. */
    record Issued(Visitor visitor, String token) {
    }

    Issued create(Long customerId, String name) {
        String publicId = "v_" + RandomTokens.random(16);
        String token = RandomTokens.newToken();
        String helpVisitor = HelpCentreVisits.newVisitor();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO chat_visitor (public_id, token_hash, customer_id, name, help_visitor, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
            .params(publicId, RandomTokens.hash(token), customerId, name, helpVisitor,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .update(key, "id");
        return new Issued(new Visitor(key.getKey().longValue(), publicId, customerId, name, helpVisitor), token);
    }

    /** The visitor these two belong to; refused alike for an unknown id and a wrong token. */
    Visitor authenticate(String publicId, String token) {
        if (publicId == null || !PUBLIC_ID.matcher(publicId).matches() || !RandomTokens.wellFormed(token)) {
            throw ChatRefusal.notYourVisitor();
        }
        record Stored(Visitor visitor, String tokenHash) {
        }
        Optional<Stored> stored = jdbc.sql("SELECT id, public_id, customer_id, name, help_visitor, token_hash FROM chat_visitor "
                + "WHERE public_id = ?")
            .param(publicId)
            .query((rs, row) -> new Stored(visitor(rs), rs.getString(6)))
            .optional();
        if (stored.isEmpty() || !RandomTokens.sameHash(RandomTokens.hash(token), stored.get().tokenHash())) {
            throw ChatRefusal.notYourVisitor();
        }
        return stored.get().visitor();
    }

    Visitor byId(long id) {
        return jdbc.sql("SELECT id, public_id, customer_id, name, help_visitor FROM chat_visitor WHERE id = ?").param(id)
            .query((rs, row) -> visitor(rs)).single();
    }

    /** The visitor is this customer from now on (a chat handed over makes or finds the customer). */
    Visitor knownAs(Visitor visitor, long customerId) {
        jdbc.sql("UPDATE chat_visitor SET customer_id = ? WHERE id = ?").params(customerId, visitor.id()).update();
        return new Visitor(visitor.id(), visitor.publicId(), customerId, visitor.name(), visitor.helpVisitor());
    }

    private static Visitor visitor(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Visitor(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5));
    }
}
