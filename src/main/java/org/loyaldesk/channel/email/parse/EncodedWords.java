package org.loyaldesk.channel.email.parse;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?utf-8?Q?caf=C3=A9?=}) in header text. Adjacent words are joined
 * before decoding, as senders split multi-byte characters across them; the whitespace between two
 * encoded words is dropped, as the RFC says. Broken words are left as written.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,80})\\?([bBqQ])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher word = WORD.matcher(text);
        int written = 0;
        String runCharset = null;
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (word.find()) {
            String between = text.substring(written, word.start());
            String charset = word.group(1).replaceFirst("\\*.*$", "");
            boolean continuesRun = runCharset != null && between.isBlank();
            if (!continuesRun || !charset.equalsIgnoreCase(runCharset)) {
                flush(out, run, runCharset);
                runCharset = charset;
                if (!continuesRun) {
                    out.append(between);
                }
            }
            byte[] bytes = word.group(2).equalsIgnoreCase("b") ? base64(word.group(3)) : quotedPrintable(word.group(3));
            run.writeBytes(bytes);
            written = word.end();
        }
        flush(out, run, runCharset);
        out.append(text, written, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream run, String charset) {
        if (run.size() > 0) {
            byte[] bytes = run.toByteArray();
            out.append(TextDecoding.decode(bytes, bytes.length, charset).text());
            run.reset();
        }
    }

    private static byte[] base64(String encoded) {
        String clean = encoded.replaceAll("[^A-Za-z0-9+/]", "");
        clean = clean.substring(0, clean.length() - (clean.length() % 4 == 1 ? 1 : 0));
        try {
            return Base64.getDecoder().decode(clean + "==".substring(0, (4 - clean.length() % 4) % 4));
        } catch (IllegalArgumentException broken) {
            return encoded.getBytes(Charsets.WINDOWS_1252);
        }
    }

    private static byte[] quotedPrintable(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < encoded.length() && isHex(encoded.charAt(i + 1)) && isHex(encoded.charAt(i + 2))) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c > 0xFF ? '?' : c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
