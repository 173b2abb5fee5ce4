package org.loyaldesk.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a message came from or goes to. One conversation may span several channels. */
public enum Channel {
    EMAIL, CHAT, PHONE, PORTAL, API, WHATSAPP, SOCIAL, SMS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Channel::code).toList());
    }
}
