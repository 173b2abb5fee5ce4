package org.loyaldesk.channel.email;

import java.io.OutputStream;
import java.util.Optional;

import org.loyaldesk.channel.email.parse.AttachmentSink;
import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParseLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files behind a mail, for download: the raw message exactly as it arrived or left, its
 * sanitised HTML, and its attachments, which are cut out of the raw message on request rather than
 * stored twice.
 */
@Service
@Transactional(readOnly = true)
public class MailFiles {

    private final MailStore store;
    private final MailParser wholeParts;

    MailFiles(MailStore store, MailSettings settings) {
        this.store = store;
        this.wholeParts = new MailParser(ParseLimits.DEFAULTS.withMaxPartBytes(settings.maxMessageBytes()));
    }

    /** The mail of a timeline message (a customer's mail or our reply), if it came or went by email. */
    public Optional<Long> mailOfMessage(long messageId) {
        return store.inboundMailOfMessage(messageId);
    }

    /** Writes the raw message; false if there is no such mail. */
    public boolean writeRaw(long mailId, OutputStream out) {
        return store.readRaw(mailId, raw -> raw.transferTo(out));
    }

    public Optional<String> html(long mailId) {
        return store.html(mailId).filter(html -> !html.isBlank());
    }

    public record Part(String fileName, String contentType, long size) {
    }

    public Optional<Part> attachment(long mailId, String partPath) {
        return store.attachment(mailId, partPath)
            .map(found -> new Part(found.fileName() == null ? "attachment" : found.fileName(), found.contentType(), found.size()));
    }

    /** Streams one part of the raw message, decoded, to {@code out}. */
    public void writePart(long mailId, String partPath, OutputStream out) {
        AttachmentSink onlyThisPart = (part, content) -> {
            if (part.partPath().equals(partPath)) {
                content.transferTo(out);
            } else {
                content.transferTo(OutputStream.nullOutputStream());
            }
            return null;
        };
        store.readRaw(mailId, raw -> wholeParts.parse(raw, onlyThisPart));
    }
}
