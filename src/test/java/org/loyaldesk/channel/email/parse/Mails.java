package org.loyaldesk.channel.email.parse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Test messages written out by hand, line by line, as mail programs send them. */
final class Mails {

    private Mails() {
    }

    static byte[] lines(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static ParsedMail parse(byte[] raw) {
        return new MailParser().parse(raw);
    }

    static ParsedMail parse(String raw) {
        return parse(bytes(raw));
    }

    /**
     * A message with one base64 attachment of {@code size} bytes, generated while it is read, so that
     * neither the test nor the parser need the attachment in memory.
     */
    static InputStream withGeneratedAttachment(long size) {
        byte[] head = lines("From: sender@example.com", "Subject: big file", "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"b1\"", "", "--b1", "Content-Type: text/plain", "",
            "See the attachment.", "--b1", "Content-Type: application/octet-stream; name=\"big.bin\"",
            "Content-Transfer-Encoding: base64", "Content-Disposition: attachment; filename=\"big.bin\"", "");
        byte[] tail = lines("", "--b1--");
        return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head), new Base64Lines(size)),
            new ByteArrayInputStream(tail));
    }

    /** Base64 of {@code size} bytes of a repeating pattern, 76 characters a line. */
    private static final class Base64Lines extends InputStream {

        private final byte[] line;
        private final byte[] lastLine;
        private final long fullLines;
        private long lineIndex;
        private int position;

        Base64Lines(long size) {
            byte[] block = new byte[57];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (i * 7);
            }
            this.line = (Base64.getEncoder().encodeToString(block) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            this.fullLines = size / 57;
            byte[] rest = new byte[(int) (size % 57)];
            System.arraycopy(block, 0, rest, 0, rest.length);
            this.lastLine = (Base64.getEncoder().encodeToString(rest) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] current = lineIndex < fullLines ? line : lineIndex == fullLines ? lastLine : null;
            if (current == null) {
                return -1;
            }
            int b = current[position++];
            if (position == current.length) {
                position = 0;
                lineIndex++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = 0;
            while (count < length) {
                int b = read();
                if (b < 0) {
                    return count == 0 ? -1 : count;
                }
                buffer[offset + count++] = (byte) b;
            }
            return count;
        }
    }
}
