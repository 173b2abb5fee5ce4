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

    private Optional<String> read(String name) {
        return jdbc.sql("SELECT setting_value FROM platform_setting WHERE name = ?").param(name).query(String.class).optional();
    }
}
