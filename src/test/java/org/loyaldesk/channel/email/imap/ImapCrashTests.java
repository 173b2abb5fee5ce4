package org.loyaldesk.channel.email.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaldesk.Api;
import org.loyaldesk.RequiredService;

/**
 * Pull the plug in the middle of an IMAP fetch: Loyaldesk is killed with SIGKILL while it empties
 * a mailbox of 1,200 messages, then started again on the same data. Every message must be there
 * exactly once: none lost between "stored" and "marked on the server", none filed twice.
 */
@Tag("mail")
class ImapCrashTests {

    private static final int MESSAGES = 1200;

    @TempDir
    Path dataDir;

    @Test
    void aKilledFetchLosesNothingAndDuplicatesNothing() throws Exception {
        RequiredService.require("Dovecot", env("IMAP_HOST") != null, "run .ci/services.sh mail and source its env file");
        String folder = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        fill(folder);
        int port = freePort();

        Process first = start(port);
        addMailbox(port, folder);
        waitUntil(() -> importedOnServer(folder) >= 200, Duration.ofMinutes(3), "the first run to import 200 messages");
        first.destroyForcibly().waitFor();
        int importedBeforeKill = importedOnServer(folder);

        Process second = start(port);
        waitUntil(() -> importedOnServer(folder) == MESSAGES, Duration.ofMinutes(5), "the second run to import them all");
        second.destroy();
        second.waitFor();

        assertThat(importedBeforeKill).isLessThan(MESSAGES);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/loyaldesk"), "sa", "");
             ResultSet counts = db.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT external_id) "
                 + "FROM conversation_message WHERE external_id LIKE '" + folder + "-%'")) {
            counts.next();
            assertThat(counts.getInt(1)).as("messages filed").isEqualTo(MESSAGES);
            assertThat(counts.getInt(2)).as("distinct messages").isEqualTo(MESSAGES);
        }
    }

    private Process start(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = dataDir.resolve("loyaldesk-" + Instant.now().toEpochMilli() + ".log");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.loyaldesk.Loyaldesk",
            "--server.port=" + port, "--loyaldesk.data-dir=" + dataDir, "--loyaldesk.demo=false",
            "--loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN, "--loyaldesk.mail.poll-interval=1s")
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void addMailbox(int port, String folder) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try {
            waitUntil(() -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            }, Duration.ofMinutes(5), "Loyaldesk to start");
        } catch (AssertionError notStarted) {
            throw new AssertionError(notStarted.getMessage() + "; the end of its log:\n" + logTail(), notStarted);
        }
        String body = """
            {"address": "crash@loyaldesk.test", "host": "%s", "port": %s, "security": "none", "user": "%s",
             "password": "%s", "folder": "%s"}""".formatted(env("IMAP_HOST"), env("IMAP_PORT"), env("SUPPORT_USER"),
            env("SUPPORT_PASSWORD"), folder);
        int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/settings/mailboxes"))
            .header("Authorization", "Bearer " + Api.BOOTSTRAP_TOKEN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(201);
    }

    /** The end of the newest application log, for a failure message: why it did not start. */
    private String logTail() {
        try (var logs = java.nio.file.Files.list(dataDir)) {
            return logs.filter(file -> file.getFileName().toString().endsWith(".log")).max(Path::compareTo)
                .map(file -> {
                    try {
                        List<String> lines = java.nio.file.Files.readAllLines(file);
                        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
                    } catch (IOException e) {
                        return "unreadable: " + e;
                    }
                }).orElse("none");
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    /** Puts the test messages straight into a folder of their own with IMAP APPEND. */
    private static void fill(String folderName) throws Exception {
        try (Store store = connect()) {
            Folder folder = store.getFolder(folderName);
            folder.create(Folder.HOLDS_MESSAGES);
            Session session = Session.getInstance(new Properties());
            List<Message> batch = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                MimeMessage message = new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() {
                        // the id below is the test's handle on each message
                    }
                };
                message.setFrom(new InternetAddress("klant" + (i % 300) + "@voorbeeld.nl"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("crash@loyaldesk.test"));
                message.setSubject("Bericht " + i);
                message.setText("Dit is bericht " + i + " van de crashtest.", "UTF-8");
                message.setHeader("Message-ID", "<" + folderName + "-" + i + ">");
                message.saveChanges();
                batch.add(message);
                if (batch.size() == 100) {
                    folder.appendMessages(batch.toArray(Message[]::new));
                    batch.clear();
                }
            }
            folder.appendMessages(batch.toArray(Message[]::new));
        }
    }

    private static int importedOnServer(String folderName) {
        try (Store store = connect()) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            return folder.search(new FlagTerm(new Flags(MailboxFetch.IMPORTED), true)).length;
        } catch (Exception e) {
            return -1;
        }
    }

    private static Store connect() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(env("IMAP_HOST"), Integer.parseInt(env("IMAP_PORT")), env("SUPPORT_USER"), env("SUPPORT_PASSWORD"));
        return store;
    }

    private static void waitUntil(Check check, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name) {
        return RequiredService.env("LOYALDESK_TEST_" + name);
    }
}
