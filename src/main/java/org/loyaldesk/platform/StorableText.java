package org.loyaldesk.platform;

/**
 * The one rule for text that enters the database, whatever door it came through. PostgreSQL
 * refuses U+0000 in text columns (H2 accepts it), and a lone UTF-16 surrogate has no UTF-8 form,
 * so neither may reach a column: the same text must be storable on both databases.
 * <p>
 * What a door does with unstorable text is its own choice: an API caller is told which field
 * is wrong ({@link #problem}), while mail, which must always be filed, is cleaned ({@link #of})
 * because the characters show nothing to a reader and its raw bytes keep them anyway.
 */
public final class StorableText {

    private static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    /** Why this text cannot be stored as it is, or null when it can. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + "), which is not valid Unicode";
                }
            }
        }
        return null;
    }

    /**
     * A field of a form or a request as it is kept: null when blank, stripped otherwise, refused (naming the field)
     * when the database could not store it.
     */
    public static String optionalField(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem);
        }
        return value.strip();
    }

    public static boolean isStorable(String text) {
        return problem(text) == null;
    }

    /** The text with NULs dropped and unpaired surrogates replaced by U+FFFD, so it can always be stored. */
    public static String of(String text) {
        if (isStorable(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return clean.toString();
    }
}
