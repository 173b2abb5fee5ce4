package org.loyaldesk.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things that must be found whole: email addresses, order and reference numbers ("KK-240177"),
 * phone numbers. Word analysis would cut them into pieces ("kk" and "240177") that match far
 * too much, so they are indexed and looked up as single keys.
 */
final class Identifiers {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Letters, a separator and digits, or digits with a separator: KK-240177, INV/2024/0042, 2024-0042. */
    private static final Pattern REFERENCE = Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:\\p{L}{1,6}[-_/#]?\\p{N}{3,}(?:[-_/]\\p{N}+)*|\\p{N}{2,}[-_/]\\p{N}{2,}(?:[-_/]\\p{N}+)*)(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d[\\d .()/-]{7,}\\d(?![\\p{L}\\p{N}])");
    /** The last nine digits of a number: the same phone with +31, 0031 or 0 in front. */
    private static final int PHONE_DIGITS = 9;

    private Identifiers() {
    }

    /** The keys found in a text, lower case. */
    static Set<String> in(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null) {
            return keys;
        }
        // Every message is searched for all three; most have no '@' and few digits, which a scan sees at once.
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                keys.add(email.group().toLowerCase(Locale.ROOT));
            }
        }
        if (numerals(text) < 3) {
            return keys;
        }
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            keys.add(reference.group().toLowerCase(Locale.ROOT));
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            phoneKey(phone.group()).ifPresent(keys::add);
        }
        return keys;
    }

    /** Characters of {@code \p{N}}: a reference has three or more, a phone number more still. */
    private static int numerals(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
                count++;
            }
            i += Character.charCount(codePoint);
        }
        return count;
    }

    /** A phone number as a key, when it has enough digits to be one. */
    static Optional<String> phoneKey(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.length() < PHONE_DIGITS ? Optional.empty()
            : Optional.of("tel:" + digits.substring(digits.length() - PHONE_DIGITS));
    }

    /** The keys a typed word stands for, when it is an identifier rather than a word; empty otherwise. */
    static Set<String> of(String word) {
        String trimmed = word.replaceAll("^[^\\p{L}\\p{N}+]+|[^\\p{L}\\p{N}]+$", "");
        Set<String> keys = new LinkedHashSet<>();
        if (EMAIL.matcher(trimmed).matches() || REFERENCE.matcher(trimmed).matches()) {
            keys.add(trimmed.toLowerCase(Locale.ROOT));
        }
        if (PHONE.matcher(trimmed).matches()) {
            phoneKey(trimmed).ifPresent(keys::add);
        }
        return keys;
    }
}
