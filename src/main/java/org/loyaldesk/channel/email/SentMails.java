package org.loyaldesk.channel.email;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.loyaldesk.channel.email.parse.MailAddress;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends a composed mail through the SMTP server and keeps what went out, byte for byte, so the
 * customer's answer threads back by its Message-ID and an agent can see exactly what was sent.
 * Only what the server accepted counts as sent.
 */
@Component
class SentMails {

    private final MailStore store;
    private final Clock clock;

    SentMails(MailStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The server's answer: accepted, or refused for now or for good. */
    static final class Refused extends Exception {
        private final boolean permanent;

        Refused(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }

    void send(JavaMailSender sender, MailComposer.Composed mail, Long messageId, Long conversationId, String subject)
        throws Refused {
        sendWithoutCopy(sender, mail);
        byte[] raw = MailComposer.raw(mail.message());
        try {
            store.insert(new MailStore.NewMail(MailStore.OUTBOUND, messageId, conversationId, mail.messageId(),
                header(mail.message(), "In-Reply-To"), List.of(), HexFormat.of().formatHex(RawMailSpool.sha256().digest(raw)),
                null, raw.length, first(mail.message().getFrom()), addresses(mail.message().getRecipients(MimeMessage.RecipientType.TO)),
                addresses(mail.message().getRecipients(MimeMessage.RecipientType.CC)), subject, null, List.of(), null, null,
                clock.instant()), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalStateException("A sent message cannot be read back", e);
        }
    }

    /**
     * Sends without keeping what went out: for a mail that carries a credential (a sign-in link), which
     * must not outlive its use in the mail store, where agents can read raw mail.
     */
    void sendWithoutCopy(JavaMailSender sender, MailComposer.Composed mail) throws Refused {
        try {
            sender.send(mail.message());
        } catch (MailAuthenticationException e) {
            throw new Refused("The mail server refused our login: " + e.getMessage(), false);
        } catch (MailException e) {
            throw refusal(e);
        }
    }

    /** 5xx answers (unknown recipient, refused) are final; anything else may work later. */
    private static Refused refusal(MailException e) {
        Throwable cause = e instanceof MailSendException send && !send.getFailedMessages().isEmpty()
            ? send.getFailedMessages().values().iterator().next() : e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException failed) {
                return new Refused("The mail server refused " + failed.getAddress() + ": " + failed.getReturnCode() + " "
                    + failed.getMessage().strip(), failed.getReturnCode() >= 500);
            }
            if (t instanceof SMTPSendFailedException failed) {
                return new Refused("The mail server refused the message: " + failed.getReturnCode() + " "
                    + failed.getMessage().strip(), failed.getReturnCode() >= 500);
            }
        }
        return new Refused("The mail server could not be reached or failed: " + (cause == null ? e.getMessage()
            : cause.getMessage()), false);
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0].replaceAll("[<>]", "").strip();
    }

    private static MailAddress first(Address[] addresses) {
        return addresses(addresses).stream().findFirst().orElse(null);
    }

    private static List<MailAddress> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(InternetAddress.class::cast)
            .map(address -> new MailAddress(address.getAddress(), address.getPersonal())).toList();
    }
}
