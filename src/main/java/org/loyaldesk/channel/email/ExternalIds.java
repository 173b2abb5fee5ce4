package org.loyaldesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.loyaldesk.channel.email.parse.ParsedMail;

/**
 * The id a mail is known by on its conversation message: its Message-ID, or its content hash when
 * it has none or reused one (the message table keeps ids of up to 255 characters).
 */
final class ExternalIds {

    private ExternalIds() {
    }

    static String of(ParsedMail mail, String rawSha256, boolean messageIdReused) {
        String messageId = mail.messageId();
        if (messageId.isEmpty() || messageIdReused) {
            return "sha256:" + rawSha256;
        }
        if (messageId.length() <= 240) {
            return messageId;
        }
        return "mid-sha256:" + HexFormat.of().formatHex(RawMailSpool.sha256().digest(messageId.getBytes(StandardCharsets.UTF_8)));
    }
}
