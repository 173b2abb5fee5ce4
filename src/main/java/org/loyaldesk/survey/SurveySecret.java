package org.loyaldesk.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs answer links: made once, by whichever node needs it first, and kept in the
 * database so that a link sent by one node is accepted by all of them, also after a restart.
 */
@Component
class SurveySecret {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile SurveyLinks links;

    SurveySecret(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SurveyLinks links() {
        SurveyLinks known = links;
        if (known == null) {
            known = new SurveyLinks(Base64.getDecoder().decode(stored().orElseGet(this::create)));
            links = known;
        }
        return known;
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT secret FROM survey_secret WHERE id = 1").query(String.class).optional();
    }

    private String create() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            jdbc.sql("INSERT INTO survey_secret (id, secret, created_at) VALUES (1, ?, ?)")
                .params(Base64.getEncoder().encodeToString(secret), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return stored().orElseThrow();
        }
        return stored().orElseThrow();
    }
}
