package org.loyaldesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.loyaldesk.channel.email.parse.ParsedMail;

/**
 * What makes two deliveries the same mail although their bytes differ (another Received line, a
 * copy for a Cc): the same sender, subject and text. A Message-ID seen before with another
 * fingerprint was reused by a careless mail program, and that mail is new.
 */
final class MailFingerprint {

    private MailFingerprint() {
    }

    static String of(ParsedMail mail) {
        String text = mail.text().length() > 20_000 ? mail.text().substring(0, 20_000) : mail.text();
        String identity = mail.from().normalized() + "\n" + mail.subject() + "\n" + text.strip();
        return HexFormat.of().formatHex(RawMailSpool.sha256().digest(identity.getBytes(StandardCharsets.UTF_8)));
    }
}
