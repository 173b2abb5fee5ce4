package org.loyaldesk.platform;

/**
 * Text as every supported database can keep it. PostgreSQL refuses U+0000 in text columns
 * (H2 accepts it), and real mail carries it: a quoted-printable {@code =00} or a NUL in a
 * base64 text part. The character shows nothing to a reader, so it is dropped rather than
 * failing the whole message; the raw bytes keep it.
 */
public final class StorableText {

    private StorableText() {
    }

    public static String of(String text) {
        if (text == null || text.indexOf('\u0000') < 0) {
            return text;
        }
        return text.replace("\u0000", "");
    }
}
