package org.loyaldesk.channel.email.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.loyaldesk.channel.email.MailIngest;
import org.loyaldesk.channel.email.Mailboxes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one IMAP mailbox emptied into Loyaldesk: fetches every message not yet imported, files it,
 * and only then marks it on the server, so a crash between the two makes the next run fetch it
 * again and the idempotent ingest file it once. Waits with IDLE where the server offers it.
 */
final class MailboxFetch implements Runnable {

    /** The keyword that says "filed in Loyaldesk"; set only after the message is committed. */
    static final String IMPORTED = "$LoyaldeskImported";

    private static final Logger log = LoggerFactory.getLogger(MailboxFetch.class);
    private static final int FLAG_BATCH = 25;

    private final Mailboxes.Mailbox mailbox;
    private final MailIngest ingest;
    private final Mailboxes mailboxes;
    private final Duration pollInterval;
    private final Path spool;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
        Thread.ofVirtual().name("imap-watchdog").factory());
    private volatile boolean running = true;
    private volatile Store store;

    MailboxFetch(Mailboxes.Mailbox mailbox, MailIngest ingest, Mailboxes mailboxes, Duration pollInterval, Path spool) {
        this.mailbox = mailbox;
        this.ingest = ingest;
        this.mailboxes = mailboxes;
        this.pollInterval = pollInterval;
        this.spool = spool;
    }

    @Override
    public void run() {
        Duration backoff = Duration.ofSeconds(2);
        while (running) {
            try (Store connected = connect()) {
                store = connected;
                IMAPFolder folder = (IMAPFolder) connected.getFolder(mailbox.folder());
                folder.open(Folder.READ_WRITE);
                backoff = Duration.ofSeconds(2);
                while (running && folder.isOpen()) {
                    importNew(folder);
                    mailboxes.checked(mailbox.id(), null);
                    waitForMail(connected, folder);
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Mailbox {} ({}): {}", mailbox.address(), mailbox.host(), e.getMessage());
                mailboxes.checked(mailbox.id(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5)
                    : backoff.multipliedBy(2);
            }
        }
        watchdog.shutdownNow();
    }

    void stop() {
        running = false;
        Store current = store;
        if (current != null) {
            try {
                current.close();
            } catch (MessagingException ignored) {
                // closing wakes a waiting IDLE; nothing else to do on the way out
            }
        }
    }

    /** Imports, in arrival order, every message without the keyword; marks them in batches after filing. */
    int importNew(IMAPFolder folder) throws MessagingException, IOException {
        Flags imported = new Flags(IMPORTED);
        Message[] fresh = folder.search(new FlagTerm(imported, false));
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(fresh, uids);
        Arrays.sort(fresh, Comparator.comparingLong(message -> uid(folder, message)));
        List<Message> filed = new ArrayList<>();
        for (Message message : fresh) {
            if (!running) {
                break;
            }
            file(message);
            filed.add(message);
            if (filed.size() == FLAG_BATCH) {
                mark(folder, filed, imported);
            }
        }
        mark(folder, filed, imported);
        return fresh.length;
    }

    private void file(Message message) throws MessagingException, IOException {
        Path raw = Files.createTempFile(spool, "imap-", ".eml");
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                // IMAPMessage.writeTo streams BODY[] as the server holds it: the bytes stay identical
                message.writeTo(out);
            }
            try (InputStream in = Files.newInputStream(raw)) {
                ingest.ingest(in);
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static void mark(IMAPFolder folder, List<Message> filed, Flags imported) throws MessagingException {
        if (filed.isEmpty()) {
            return;
        }
        Flags flags = new Flags(imported);
        flags.add(Flags.Flag.SEEN);
        folder.setFlags(filed.toArray(Message[]::new), flags, true);
        filed.clear();
    }

    /** IDLE until the server reports mail, at most one poll interval; a plain sleep where IDLE is missing. */
    private void waitForMail(Store connected, IMAPFolder folder) throws MessagingException {
        if (!running) {
            return;
        }
        if (!((IMAPStore) connected).hasCapability("IDLE")) {
            sleep(pollInterval);
            return;
        }
        // any command from another thread ends IDLE; this one does so after the poll interval
        ScheduledFuture<?> wake = watchdog.schedule(() -> {
            try {
                folder.getMessageCount();
            } catch (MessagingException ignored) {
                // the fetch loop sees the broken connection itself
            }
        }, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        try {
            folder.idle(true);
        } finally {
            wake.cancel(false);
        }
    }

    private Store connect() throws MessagingException {
        boolean tls = mailbox.security() == Mailboxes.Security.TLS;
        String protocol = tls ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", String.valueOf(pollInterval.plusSeconds(30).toMillis()));
        properties.put("mail." + protocol + ".peek", "true");
        if (mailbox.security() == Mailboxes.Security.STARTTLS) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        Store connected = Session.getInstance(properties).getStore(protocol);
        int port = mailbox.port() != null ? mailbox.port() : tls ? 993 : 143;
        connected.connect(mailbox.host(), port, mailbox.user(), mailbox.password());
        return connected;
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            return message.getMessageNumber();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
