package org.loyaldesk.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A normalised way to reach or recognise a customer. Normalising here is what lets
 * "Jan@Example.nl" and "jan@example.nl", or "06 12345678" and "+31612345678", be one customer.
 */
public record ContactAddress(ContactKind kind, String value) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static ContactAddress email(String address) {
        String normalised = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
            throw new IllegalArgumentException("'" + address + "' is not a valid email address");
        }
        return new ContactAddress(ContactKind.EMAIL, normalised);
    }

    /** Digits with a leading +; Dutch numbers written nationally (06…, 020…) become +31… */
    public static ContactAddress phone(String number) {
        String digits = number == null ? "" : number.replaceAll("[\\s\\-().]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            digits = "+31" + digits.substring(1);
        } else if (!digits.startsWith("+")) {
            digits = "+" + digits;
        }
        if (!digits.matches("\\+\\d{6,15}")) {
            throw new IllegalArgumentException("'" + number + "' is not a valid phone number");
        }
        return new ContactAddress(ContactKind.PHONE, digits);
    }

    public static ContactAddress chatVisitor(String visitorId) {
        return new ContactAddress(ContactKind.CHAT, required(visitorId, "chat visitor id"));
    }

    /** A handle on another platform, such as an Instagram user; the platform is part of the identity. */
    public static ContactAddress external(String platform, String handle) {
        return new ContactAddress(ContactKind.EXTERNAL,
            required(platform, "platform").toLowerCase(Locale.ROOT) + ":" + required(handle, "handle"));
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank() || value.length() > 300) {
            throw new IllegalArgumentException("A " + what + " of 1 to 300 characters is required");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
