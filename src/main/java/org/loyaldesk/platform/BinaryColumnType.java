package org.loyaldesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The one type our migrations cannot write portably: binary data is BLOB on H2 and BYTEA on
 * PostgreSQL. Migrations write {@code ${binary}} and this fills it in for the database at hand.
 */
@Component
class BinaryColumnType implements FlywayConfigurationCustomizer {

    private final DataSource dataSource;

    BinaryColumnType(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.placeholders(Map.of("binary", onPostgres() ? "BYTEA" : "BLOB"));
    }

    private boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
