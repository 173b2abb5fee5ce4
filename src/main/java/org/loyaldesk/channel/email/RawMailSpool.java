package org.loyaldesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.stereotype.Component;

/**
 * Lands an incoming raw message on disk while counting and hashing it, so that a 50 MB mail never
 * sits in memory and the same bytes can be read twice: once to parse, once into the database.
 */
@Component
class RawMailSpool {

    private final Path directory;
    private final long maxBytes;

    RawMailSpool(LoyaldeskProperties properties, MailSettings settings) {
        this.directory = properties.dataDir().resolve("spool");
        this.maxBytes = settings.maxMessageBytes();
    }

    /** A spooled message; delete it when done. */
    record Spooled(Path file, String sha256, long size) implements AutoCloseable {

        InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Spooled spool(InputStream raw) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "mail-", ".eml");
        MessageDigest sha256 = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = raw.read(buffer); n >= 0; n = raw.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new MailTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Spooled(file, HexFormat.of().formatHex(sha256.digest()), size);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
