package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaldesk.Api;
import org.loyaldesk.Loyaldesk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A backup made while Loyaldesk runs holds everything up to that moment and restores into a
 * fresh instance: every message there, every raw mail byte for byte. It concerns the embedded
 * database only (PostgreSQL is backed up with pg_dump), so it is not run a second time on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN, "loyaldesk.test.h2-on-disk=true" })
class BackupRestoreTests {

    @LocalServerPort
    int port;

    @TempDir
    Path restored;

    @Test
    void aBackupMadeWhileRunningRestoresEveryMessageAndEveryRawMailByteForByte() throws Exception {
        Api api = new Api(port);
        List<byte[]> mails = new ArrayList<>();
        List<Long> messages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] raw = mail("Bestelling " + i, "Waar blijft bestelling KK-24017" + i + "?\r\n");
            mails.add(raw);
            messages.add(api.postMail(raw).id("messageId"));
        }

        Api.Response backup = api.post("/api/v1/backups", Map.of());
        long afterBackup = api.postMail(mail("Na de backup", "Dit kwam later.\r\n")).id("messageId");

        assertThat(backup.status()).isEqualTo(201);
        Path zip = Path.of(backup.json().get("file").asString());
        assertThat(zip).exists();
        unzip(zip, restored.resolve("db"));
        try (ConfigurableApplicationContext fresh = new SpringApplicationBuilder(Loyaldesk.class).run(
            "--server.port=0", "--loyaldesk.data-dir=" + restored, "--loyaldesk.demo=false",
            "--loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN)) { // the database URL as in production
            Api restoredApi = new Api(fresh.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            for (int i = 0; i < mails.size(); i++) {
                assertThat(restoredApi.getBytes("/api/v1/messages/" + messages.get(i) + "/raw"))
                    .as("raw mail %d", i).isEqualTo(mails.get(i));
            }
            assertThat(restoredApi.get("/api/v1/messages/" + afterBackup + "/raw").status())
                .as("a mail that came after the backup").isEqualTo(404);
        }
    }

    @Test
    void onlyAnAdminMakesBackups() {
        Api admin = new Api(port);
        String agentToken = admin.post("/api/v1/tokens", Map.of("name", "agent", "role", "AGENT")).json()
            .get("secret").asString();

        Api.Response refused = admin.as(agentToken).post("/api/v1/backups", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    private static byte[] mail(String subject, String body) {
        return ("From: Klant <klant-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl>\r\n"
            + "To: support@loyaldesk.test\r\nSubject: " + subject + "\r\nMessage-ID: <" + UUID.randomUUID()
            + "@voorbeeld.nl>\r\nDate: Wed, 02 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static void unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(Path.of(entry.getName()).getFileName().toString());
                Files.copy(in, target);
                in.closeEntry();
            }
        }
    }
}
