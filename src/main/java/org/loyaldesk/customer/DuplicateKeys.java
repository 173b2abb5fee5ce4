package org.loyaldesk.customer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What two records of one person tend to share although they are written differently; the name's and
 * a phone number's keys are stored beside them so that likely duplicates are found through an index.
 * Two names are the same when they differ only in case, accents and spacing ("José  de Vries",
 * "jose de vries"); two phone numbers when they have the same digits once the Dutch trunk zero is
 * settled ("06…", "+316…", "00316…" and "+31 (0)6…", which {@link ContactAddress#phone} keeps as
 * +3106…); two email addresses when they have the same domain.
 */
final class DuplicateKeys {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DuplicateKeys() {
    }

    /** The name as compared, or null for no name: a customer without a name resembles nobody. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String folded = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String key = SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        // the column is as wide as the name; folding only ever shortens, but a ligature could grow
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** The key of a contact point: a phone number's digits in international form, null for other kinds. */
    static String of(ContactKind kind, String value) {
        return kind == ContactKind.PHONE ? phone(value) : null;
    }

    static String emailDomain(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    static String phone(String number) {
        String digits = number.replaceAll("\\D", "");
        boolean international = number.trim().startsWith("+");
        if (!international && digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (!international && digits.startsWith("0") && digits.length() == 10) {
            digits = "31" + digits.substring(1);
        }
        if (digits.startsWith("310") && digits.length() == 12) {
            digits = "31" + digits.substring(3);
        }
        return digits.isEmpty() ? null : digits;
    }
}
