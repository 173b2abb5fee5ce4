package org.loyaldesk.channel.email;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Addresses a bounce told us mail does not reach, so that nothing automatic is sent to them again. */
@Component
class UndeliverableAddresses {

    private final JdbcClient jdbc;
    private final Clock clock;

    UndeliverableAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void mark(String address, String reason) {
        String normalised = address.trim().toLowerCase();
        String cut = reason == null ? null : reason.substring(0, Math.min(1000, reason.length()));
        if (jdbc.sql("UPDATE channel_mail_undeliverable SET since = ?, reason = ? WHERE address = ?")
            .params(clock.instant().atOffset(ZoneOffset.UTC), cut, normalised).update() == 0) {
            jdbc.sql("INSERT INTO channel_mail_undeliverable (address, since, reason) VALUES (?, ?, ?)")
                .params(normalised, clock.instant().atOffset(ZoneOffset.UTC), cut).update();
        }
    }

    /** A customer writing to us from the address again shows it works. */
    void clear(String address) {
        jdbc.sql("DELETE FROM channel_mail_undeliverable WHERE address = ?").param(address.trim().toLowerCase()).update();
    }

    /** Of these normalised addresses, those a bounce marked: address, since when, and why. */
    List<Marked> marked(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT address, since, COALESCE(reason, '') FROM channel_mail_undeliverable WHERE address IN (:addresses)")
            .param("addresses", addresses)
            .query((rs, n) -> new Marked(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)))
            .list();
    }

    record Marked(String address, Instant since, String reason) {
    }

    Optional<String> reason(String address) {
        return jdbc.sql("SELECT COALESCE(reason, '') FROM channel_mail_undeliverable WHERE address = ?")
            .param(address.trim().toLowerCase()).query(String.class).optional();
    }
}
