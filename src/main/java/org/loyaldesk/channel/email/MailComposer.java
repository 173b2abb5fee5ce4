package org.loyaldesk.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.loyaldesk.channel.email.automatic.MailLoops;
import org.loyaldesk.conversation.AttachedFile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the mails Loyaldesk sends: a plain-text and an HTML body, the conversation's threading
 * headers, our own Message-ID (kept through sending, so a customer's reply threads back) and the
 * loop marker, so that Loyaldesk never answers its own mail.
 */
final class MailComposer {

    private MailComposer() {
    }

    /**
     * One outgoing mail; {@code quote} is the customer's last message, or null; {@code html} is the
     * HTML body when the caller wrote one (a survey with its answer buttons), else it is made from the text.
     */
    record Draft(InternetAddress from, List<InternetAddress> to, List<InternetAddress> cc, InternetAddress replyTo,
                 String subject, String text, String html, Quote quote, String inReplyTo, List<String> references,
                 boolean automatic, String purpose, String domain, List<AttachedFile> files) {
    }

    record Quote(String author, Instant at, String text) {
    }

    /** The composed mail and the Message-ID it carries. */
    record Composed(MimeMessage message, String messageId) {
    }

    /** The bytes of a message as it went out (call after sending: sending saves the message once more). */
    static byte[] raw(MimeMessage message) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return raw.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Composed compose(Draft draft, String loopMarker) {
        try {
            String messageId = "loyaldesk." + draft.purpose() + "." + UUID.randomUUID() + "@" + draft.domain();
            MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), "<" + messageId + ">");
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(draft.from());
            mail.setTo(draft.to().toArray(InternetAddress[]::new));
            if (!draft.cc().isEmpty()) {
                mail.setCc(draft.cc().toArray(InternetAddress[]::new));
            }
            if (draft.replyTo() != null) {
                mail.setReplyTo(draft.replyTo());
            }
            mail.setSubject(draft.subject());
            mail.setSentDate(new Date());
            mail.setText(plain(draft), draft.html() != null ? draft.html() : html(draft));
            for (AttachedFile file : draft.files()) {
                mail.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
            if (draft.inReplyTo() != null && !draft.inReplyTo().isBlank()) {
                message.setHeader("In-Reply-To", "<" + draft.inReplyTo() + ">");
            }
            if (!draft.references().isEmpty()) {
                message.setHeader("References", String.join(" ", draft.references().stream().map(id -> "<" + id + ">").toList()));
            }
            message.setHeader(MailLoops.LOOP_HEADER, loopMarker);
            if (draft.automatic()) {
                // RFC 3834: automatic mail says so, so that other robots do not answer it
                message.setHeader("Auto-Submitted", "auto-generated");
            }
            message.saveChanges();
            return new Composed(message, messageId);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The mail cannot be composed: " + e.getMessage(), e);
        }
    }

    private static String plain(Draft draft) {
        StringBuilder text = new StringBuilder(draft.text().strip()).append("\n");
        if (draft.quote() != null) {
            text.append("\n").append(draft.quote().author()).append(" wrote:\n");
            draft.quote().text().strip().lines().limit(60).forEach(line -> text.append("> ").append(line).append("\n"));
        }
        return text.toString();
    }

    private static String html(Draft draft) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;font-size:14px\">");
        for (String paragraph : draft.text().strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        if (draft.quote() != null) {
            html.append("<p style=\"color:#666\">").append(HtmlUtils.htmlEscape(draft.quote().author())).append(" wrote:</p>")
                .append("<blockquote style=\"border-left:2px solid #ccc;margin:0;padding-left:8px;color:#666\">")
                .append(HtmlUtils.htmlEscape(String.join("\n", draft.quote().text().strip().lines().limit(60).toList()))
                    .replace("\n", "<br>"))
                .append("</blockquote>");
        }
        return html.append("</body></html>").toString();
    }

    /** Keeps the Message-ID we chose when the message is saved and sent: threading depends on it. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
