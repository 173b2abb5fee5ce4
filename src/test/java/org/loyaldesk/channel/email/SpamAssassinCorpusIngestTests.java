package org.loyaldesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.RequiredService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Real mail, 6,046 messages of it (the SpamAssassin corpus: old, broken, every charset and MIME
 * shape), through the MTA pipe: every one is stored, its raw bytes identical, no error; delivering
 * the whole corpus again adds nothing.
 */
@LoyaldeskTest
// 6,046 new conversations would keep the shared context's insight worker reading for minutes (on
// PostgreSQL longer than the 20 s the loyalty tests wait for a reading): this test is about storage,
// so it runs in a context of its own without the readings, closed when it is done
@TestPropertySource(properties = "loyaldesk.insight.reading-interval=1h")
@DirtiesContext
class SpamAssassinCorpusIngestTests {

    static final Path CORPUS = Paths.get("../shared/data/email/spamassassin");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMessageIsStoredByteForByteAndOnlyOnce() throws Exception {
        RequiredService.require("The SpamAssassin corpus", Files.isDirectory(CORPUS),
            "it is read from ../shared/data beside the repository");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(6046);
        Api api = new Api(port);

        Map<Path, Long> mailIds = deliverAll(api, files, false);

        assertThat(mailIds).hasSize(files.size());
        Map<Long, String> storedHashes = storedRawHashes();
        for (Map.Entry<Path, Long> filed : mailIds.entrySet()) {
            assertThat(storedHashes.get(filed.getValue())).as(filed.getKey().toString()).isEqualTo(sha256(filed.getKey()));
        }
        long mails = count("channel_mail");
        long messages = count("conversation_message");

        deliverAll(api, files, true);

        assertThat(count("channel_mail")).isEqualTo(mails);
        assertThat(count("conversation_message")).isEqualTo(messages);
    }

    private Map<Path, Long> deliverAll(Api api, List<Path> files, boolean expectDuplicates) throws InterruptedException {
        Map<Path, Long> mailIds = new ConcurrentHashMap<>();
        Map<Path, String> failures = new ConcurrentHashMap<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Path file : files) {
                pool.submit(() -> {
                    try {
                        Api.Response filed = api.postMail(Files.readAllBytes(file));
                        if (filed.status() != 202 || filed.json().get("duplicate").asBoolean() != expectDuplicates) {
                            failures.put(file, filed.toString());
                        } else {
                            mailIds.put(file, filed.id("mailId"));
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.put(file, e.toString());
                    }
                });
            }
        }
        assertThat(failures).isEmpty();
        return mailIds;
    }

    /** The SHA-256 of what the database holds, computed from the stored bytes rather than the recorded hash. */
    private Map<Long, String> storedRawHashes() {
        Map<Long, String> hashes = new ConcurrentHashMap<>();
        jdbc.query("SELECT id, raw FROM channel_mail WHERE direction = 'INBOUND'", rs -> {
            try (InputStream raw = rs.getBinaryStream(2)) {
                hashes.put(rs.getLong(1), sha256(raw));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return hashes;
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream counting = new DigestInputStream(in, digest)) {
                counting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
