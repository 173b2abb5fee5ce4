package org.loyaldesk.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Links that can no longer be used are not kept: they name a customer and the address they were
 * sent to. Deleting is harmless to repeat, so every node may do it.
 */
@Component
class ExpiredLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${loyaldesk.portal.cleanup-schedule:0 41 * * * *}", zone = "UTC")
    void forget() {
        forgetExpiredBefore(OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC));
    }

    /** Returns how many links went. */
    int forgetExpiredBefore(OffsetDateTime before) {
        return jdbc.sql("DELETE FROM portal_sign_in_link WHERE expires_at < ?").param(before).update()
            + jdbc.sql("DELETE FROM portal_conversation_link WHERE expires_at < ?").param(before).update();
    }
}
