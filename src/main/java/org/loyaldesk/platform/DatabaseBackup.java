package org.loyaldesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A consistent copy of the embedded database, made while Loyaldesk runs: H2's BACKUP writes the
 * database as of one moment into a zip, without stopping writers. It holds everything, raw mail
 * included (raw messages live in the database); the secret key file is left out on purpose, so a
 * stolen backup opens no mailbox. PostgreSQL is backed up with its own tools (pg_dump, see README).
 */
@Component
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final JdbcTemplate jdbc;
    private final Path folder;
    private final Clock clock;
    private final boolean embedded;
    private final boolean inMemory;

    DatabaseBackup(JdbcTemplate jdbc, DataSource dataSource, LoyaldeskProperties properties, Clock clock)
        throws SQLException {
        this.jdbc = jdbc;
        this.folder = properties.dataDir().resolve("backups");
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            this.embedded = url.startsWith("jdbc:h2:");
            this.inMemory = url.startsWith("jdbc:h2:mem:");
        }
    }

    public record Backup(Path file, long bytes) {
    }

    /** Writes a backup into the data directory's {@code backups} folder. */
    public Backup create() {
        if (!embedded) {
            throw new RuleViolationException("backup-external-database",
                "This instance runs on PostgreSQL: back it up with pg_dump (see the README)");
        }
        if (inMemory) {
            // H2 refuses BACKUP of a database that is not on disk; say so instead of failing
            throw new RuleViolationException("backup-in-memory",
                "This instance keeps its database in memory only: there is nothing on disk to back up");
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("loyaldesk-" + STAMP.format(clock.instant().atZone(ZoneOffset.UTC)) + ".zip");
            // the path is ours (data directory and a timestamp), never user input: safe to put in the statement
            jdbc.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            return new Backup(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup into " + folder, e);
        }
    }
}
