package org.loyaldesk.platform;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Values made once per installation and shared by all its nodes through the database, such as
 * its instance id or a signing secret. The first node to ask makes the value; the others read it.
 */
@Component
public class InstanceSettings {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    InstanceSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A random secret of 256 bits, hex-encoded, made on first use under this name. */
    public String secret(String name) {
        return known.computeIfAbsent(name, this::readOrCreate);
    }

    private String readOrCreate(String name) {
        return read(name).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String value = HexFormat.of().formatHex(bytes);
            try {
                jdbc.sql("INSERT INTO platform_setting (name, setting_value) VALUES (?, ?)").params(name, value).update();
                return value;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                return read(name).orElseThrow();
            }
        });
    }

    /**
     * Claims a turn of a job every node runs on its own schedule (a day, say, as {@code 2026-11-21}):
     * true for the one node whose conditional update moved the value on; turns must sort as text.
     */
    public boolean claim(String name, String turn) {
        if (read(name).isEmpty()) {
            try {
                jdbc.sql("INSERT INTO platform_setting (name, setting_value) VALUES (?, '')").param(name).update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the row is there; the update below decides
            }
        }
        return jdbc.sql("UPDATE platform_setting SET setting_value = ? WHERE name = ? AND setting_value < ?")
            .params(turn, name, turn).update() == 1;
    }

    private Optional<String> read(String name) {
        return jdbc.sql("SELECT setting_value FROM platform_setting WHERE name = ?").param(name).query(String.class).optional();
    }
}
