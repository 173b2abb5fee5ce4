package org.loyaldesk.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 67: the keys likely duplicates are found by (see {@link DuplicateKeys}), with their indexes,
 * filled in for the customers and contact points there already are. A Java migration because folding
 * accents is not portable SQL; Spring Boot hands every such bean to Flyway.
 */
@Component
class DuplicateKeysMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("67");
    }

    @Override
    public String getDescription() {
        return "customer duplicate keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE customer_customer ADD COLUMN name_key VARCHAR(200)");
            ddl.execute("ALTER TABLE customer_contact_point ADD COLUMN phone_key VARCHAR(32)");
        }
        fillKeys(connection);
        // after the fill, so that a large table is indexed once rather than row by row
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE INDEX customer_customer_by_name_key ON customer_customer (name_key)");
            ddl.execute("CREATE INDEX customer_contact_point_by_phone_key ON customer_contact_point (phone_key)");
        }
    }

    /** Computes every key from the name or address beside it; harmless to repeat. */
    static void fillKeys(Connection connection) throws SQLException {
        fill(connection, "SELECT id, name FROM customer_customer WHERE name IS NOT NULL",
            "UPDATE customer_customer SET name_key = ? WHERE id = ?", rows -> DuplicateKeys.name(rows.getString(2)));
        fill(connection, "SELECT id, address FROM customer_contact_point WHERE kind = 'PHONE'",
            "UPDATE customer_contact_point SET phone_key = ? WHERE id = ?", rows -> DuplicateKeys.phone(rows.getString(2)));
    }

    private interface Key {
        String of(ResultSet row) throws SQLException;
    }

    private static void fill(Connection connection, String select, String update, Key key) throws SQLException {
        try (Statement read = connection.createStatement(); ResultSet rows = read.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, key.of(rows));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
    }
}
