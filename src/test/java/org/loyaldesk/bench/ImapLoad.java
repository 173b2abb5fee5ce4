package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

/**
 * IMAP ingest speed: appends a folder of raw mails to a fresh Dovecot folder, then adds it as a
 * mailbox to a running Loyaldesk and times until every message is marked imported on the server.
 *
 * <p>usage: ImapLoad baseUrl token corpusDir imapHost imapPort user password
 */
public final class ImapLoad {

    public static void main(String[] args) throws Exception {
        String folderName = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Session session = Session.getInstance(new Properties());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[2]))) {
            files = walk.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        try (Store store = connect(session, args)) {
            Folder folder = store.getFolder(folderName);
            folder.create(Folder.HOLDS_MESSAGES);
            List<Message> batch = new ArrayList<>();
            for (Path file : files) {
                try (var in = Files.newInputStream(file)) {
                    batch.add(new MimeMessage(session, in));
                }
                if (batch.size() == 200) {
                    folder.appendMessages(batch.toArray(Message[]::new));
                    batch.clear();
                }
            }
            folder.appendMessages(batch.toArray(Message[]::new));
        }
        System.out.printf("appended %d messages to %s%n", files.size(), folderName);
        long started = System.nanoTime();
        String body = """
            {"address": "%s@loyaldesk.test", "host": "%s", "port": %s, "security": "none", "user": "%s", "password": "%s",
             "folder": "%s"}""".formatted(folderName, args[3], args[4], args[5], args[6], folderName);
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(args[0]
                + "/api/v1/settings/mailboxes")).header("Authorization", "Bearer " + args[1])
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (added.statusCode() != 201) {
            throw new IllegalStateException("mailbox not added: " + added.body());
        }
        int imported = 0;
        while (imported < files.size()) {
            Thread.sleep(500);
            try (Store store = connect(session, args)) {
                Folder folder = store.getFolder(folderName);
                folder.open(Folder.READ_ONLY);
                imported = folder.search(new FlagTerm(new Flags("$LoyaldeskImported"), true)).length;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("IMAP: %d messages imported in %.1f s: %.0f msgs/s (from adding the mailbox, including the "
            + "first poll)%n", files.size(), seconds, files.size() / seconds);
    }

    private static Store connect(Session session, String[] args) throws Exception {
        Store store = session.getStore("imap");
        store.connect(args[3], Integer.parseInt(args[4]), args[5], args[6]);
        return store;
    }
}
