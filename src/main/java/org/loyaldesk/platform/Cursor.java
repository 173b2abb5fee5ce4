package org.loyaldesk.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Encodes the sort key of the last row of a page into an opaque, URL-safe token and back.
 * Clients must not build cursors themselves; a tampered cursor is rejected with 400.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... keys) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            // by position, not by what was written so far: an empty first key (no due time) still gets its separator
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(keys[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> decode(String cursor, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys) {
                throw new IllegalArgumentException("wrong number of keys");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    /** The cursor could not be read: answered with 400. */
    public static class InvalidCursorException extends RuntimeException {
        InvalidCursorException() {
            super("The cursor is not valid; use the 'next' value of a previous page as it is");
        }
    }
}
