package org.loyaldesk.insight;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Fitted models kept as JSON, so that every node scores with the same one. */
@Repository
class InsightModels {

    private final JdbcClient jdbc;
    /** Not the web's mapper: that one writes enums in lower case, which it cannot read back. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    InsightModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    <T> Optional<T> load(String name, Class<T> type) {
        return jdbc.sql("SELECT body FROM insight_model WHERE name = ?").param(name).query(String.class).optional()
            .map(body -> JSON.readValue(body, type));
    }

    void store(String name, Object model, Instant now) {
        String body = JSON.writeValueAsString(model);
        jdbc.sql("DELETE FROM insight_model WHERE name = ?").param(name).update();
        jdbc.sql("INSERT INTO insight_model (name, body, trained_at) VALUES (?, ?, ?)")
            .params(name, body, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }
}
