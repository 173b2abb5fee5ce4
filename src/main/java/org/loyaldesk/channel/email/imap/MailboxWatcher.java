package org.loyaldesk.channel.email.imap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.loyaldesk.channel.email.MailIngest;
import org.loyaldesk.channel.email.MailSettings;
import org.loyaldesk.channel.email.Mailboxes;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs one fetch per enabled IMAP mailbox, each on a virtual thread of its own, and follows the
 * settings: a mailbox an admin adds starts being fetched within a poll interval, a removed one stops.
 */
@Component
class MailboxWatcher implements SmartLifecycle {

    private final Mailboxes mailboxes;
    private final MailIngest ingest;
    private final MailSettings settings;
    private final Path spool;
    private final Map<Long, MailboxFetch> running = new ConcurrentHashMap<>();
    private volatile boolean started;

    MailboxWatcher(Mailboxes mailboxes, MailIngest ingest, MailSettings settings, LoyaldeskProperties properties) {
        this.mailboxes = mailboxes;
        this.ingest = ingest;
        this.settings = settings;
        this.spool = properties.dataDir().resolve("spool");
    }

    @Override
    public void start() {
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started = true;
        follow();
    }

    /** Starts fetching new mailboxes and stops removed or disabled ones. */
    @Scheduled(fixedDelayString = "${loyaldesk.mail.poll-interval:30s}", initialDelayString = "${loyaldesk.mail.poll-interval:30s}")
    void follow() {
        if (!started) {
            return;
        }
        Map<Long, Mailboxes.Mailbox> wanted = mailboxes.all().stream().filter(Mailboxes.Mailbox::fetched)
            .collect(Collectors.toMap(Mailboxes.Mailbox::id, mailbox -> mailbox));
        Set.copyOf(running.keySet()).stream().filter(id -> !wanted.containsKey(id))
            .forEach(id -> running.remove(id).stop());
        wanted.forEach((id, mailbox) -> running.computeIfAbsent(id, key -> {
            MailboxFetch fetch = new MailboxFetch(mailbox, ingest, mailboxes, settings.pollInterval(), spool);
            Thread.ofVirtual().name("imap-" + mailbox.address()).start(fetch);
            return fetch;
        }));
    }

    @Override
    public void stop() {
        started = false;
        running.values().forEach(MailboxFetch::stop);
        running.clear();
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
