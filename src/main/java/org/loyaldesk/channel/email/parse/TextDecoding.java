package org.loyaldesk.channel.email.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.loyaldesk.platform.StorableText;

/**
 * Bytes to text, never failing. When the label is missing, unknown or plainly wrong, the bytes
 * decide: valid UTF-8 is read as UTF-8 (random 8-bit text is almost never valid UTF-8), anything
 * else as windows-1252, which maps every byte to a character.
 */
final class TextDecoding {

    /** The text and, when the label could not be followed, why. */
    record Decoded(String text, ParseProblem problem) {
        Decoded {
            text = StorableText.of(text);
        }
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, int length, String label) {
        if (isAscii(bytes, length) && !Charsets.isWideUnicode(label)) {
            return new Decoded(new String(bytes, 0, length, StandardCharsets.US_ASCII), null);
        }
        boolean labelled = label != null && !label.isBlank();
        Optional<Charset> declared = Charsets.forLabel(label);
        if (labelled && declared.isEmpty()) {
            return new Decoded(guess(bytes, length),
                new ParseProblem(ParseProblem.Kind.UNKNOWN_CHARSET, "unknown charset '" + clip(label) + "'"));
        }
        if (!labelled || Charsets.isAsciiLabel(label)) {
            // 8-bit bytes in "US-ASCII" (or unlabelled) text: the label is wrong, the bytes tell
            return new Decoded(guess(bytes, length), null);
        }
        Charset charset = declared.get();
        String strict = strict(bytes, length, charset);
        if (strict != null) {
            return new Decoded(strict, null);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, 0, length, Charsets.WINDOWS_1252),
                new ParseProblem(ParseProblem.Kind.UNDECODABLE_TEXT, "not UTF-8 although labelled so; read as windows-1252"));
        }
        return new Decoded(new String(bytes, 0, length, charset),
            new ParseProblem(ParseProblem.Kind.UNDECODABLE_TEXT, "bytes that are not " + charset.name() + " were replaced"));
    }

    /** For header fields, which have no charset label at all (RFC 6532 allows UTF-8 there). */
    static String guess(byte[] bytes, int length) {
        String utf8 = strict(bytes, length, StandardCharsets.UTF_8);
        return StorableText.of(utf8 != null ? utf8 : new String(bytes, 0, length, Charsets.WINDOWS_1252));
    }

    static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] bytes, int length, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException | RuntimeException notThisCharset) {
            return null;
        }
    }

    static String clip(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
