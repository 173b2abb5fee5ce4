package org.loyaldesk.channel.email.parse;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charset names as mail programs really write them. Some labels are repaired to the charset the
 * sender actually used: ISO-8859-1 mail almost always comes from Windows, whose windows-1252 puts
 * curly quotes and the euro sign where ISO-8859-1 has unused control codes (browsers do the same).
 */
final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern ISO_8859 = Pattern.compile("iso[-_ ]?8859[-_ ]?(\\d{1,2})(?:[-_:].*)?");
    private static final Pattern WIDE_UNICODE = Pattern.compile("(?:utf-?(?:16|32)|ucs-?[24]|unicode)(?:[-_ ]?(?:le|be))?");
    private static final Pattern WINDOWS = Pattern.compile("(?:x-)?(?:windows|win|cp|ms)[-_ ]?(\\d{3,4})");

    /** Labels whose text is decoded with a superset, because senders put the superset's characters in it. */
    private static final Map<String, String> SUPERSETS = Map.of(
        "iso-8859-1", "windows-1252",
        "us-ascii", "windows-1252",
        "iso-8859-9", "windows-1254",
        "iso-8859-11", "x-windows-874",
        "tis-620", "x-windows-874",
        "gb2312", "GB18030",
        "gbk", "GB18030",
        "euc-kr", "x-windows-949",
        "ks_c_5601-1987", "x-windows-949",
        "shift_jis", "windows-31j");

    private Charsets() {
    }

    /** The charset to decode text labelled {@code label} with, or empty when the label means nothing to Java. */
    static Optional<Charset> forLabel(String label) {
        String name = normalize(label);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Charset> known = lookup(name);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String canonical = known.get().name().toLowerCase(Locale.ROOT);
        String superset = SUPERSETS.getOrDefault(canonical, SUPERSETS.get(name));
        return superset == null ? known : lookup(superset).or(() -> known);
    }

    /** UTF-16 and UTF-32 text has zero bytes between ASCII letters: it is not ASCII even when no byte is over 127. */
    static boolean isWideUnicode(String label) {
        return WIDE_UNICODE.matcher(normalize(label)).matches();
    }

    static boolean isAsciiLabel(String label) {
        return normalize(label).equals("us-ascii");
    }

    static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String name = label.strip().toLowerCase(Locale.ROOT).replaceAll("^[\"']+|[\"';,]+$", "").strip();
        Matcher iso = ISO_8859.matcher(name);
        if (iso.matches()) {
            return "iso-8859-" + iso.group(1);
        }
        Matcher windows = WINDOWS.matcher(name);
        if (windows.matches()) {
            return "windows-" + windows.group(1);
        }
        return switch (name) {
            case "utf8", "utf-8n", "unicode-1-1-utf-8", "x-unicode20utf8" -> "utf-8";
            case "ascii", "us_ascii", "ansi_x3.4-1968", "iso646-us", "7bit", "8bit" -> "us-ascii";
            case "latin1", "latin-1", "l1" -> "iso-8859-1";
            case "iso-8859-8-i", "iso-8859-8-e" -> "iso-8859-8";
            default -> name;
        };
    }

    private static Optional<Charset> lookup(String name) {
        for (String candidate : new String[] { name, name.startsWith("x-") ? name.substring(2) : "x-" + name }) {
            try {
                if (Charset.isSupported(candidate)) {
                    return Optional.of(Charset.forName(candidate));
                }
            } catch (IllegalArgumentException illegalName) {
                // an illegal name is as unknown as a missing one
            }
        }
        return Optional.empty();
    }
}
