package org.loyaldesk.platform;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settings an admin chose in the settings screens, shared by all nodes through the database. Each one
 * overrides a configured default (an environment variable or {@code application.yml}); a setting never
 * chosen falls back to that default. Read at use time, so a change takes effect on the next request.
 */
@Component
public class AdminSettings {

    /** Kept apart from the instance's own values (secrets, job turns) in the same table. */
    private static final String PREFIX = "admin.";

    private final JdbcClient jdbc;

    AdminSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> chosen(String name) {
        return jdbc.sql("SELECT setting_value FROM platform_setting WHERE name = ?").param(PREFIX + name)
            .query(String.class).optional();
    }

    /** Stores the admin's value; the caller audits the change, in the same transaction. */
    public void choose(String name, String value) {
        if (jdbc.sql("UPDATE platform_setting SET setting_value = ? WHERE name = ?").params(value, PREFIX + name)
            .update() == 0) {
            jdbc.sql("INSERT INTO platform_setting (name, setting_value) VALUES (?, ?)").params(PREFIX + name, value)
                .update();
        }
    }

    /** Back to the configured default. */
    public void forget(String name) {
        jdbc.sql("DELETE FROM platform_setting WHERE name = ?").param(PREFIX + name).update();
    }
}
