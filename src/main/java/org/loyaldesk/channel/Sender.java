package org.loyaldesk.channel;

/** Who sent a message, as far as the channel knows: at least one of email, phone and handle. */
public record Sender(String email, String phone, String handle, String name) {

    public boolean isAnonymous() {
        return blank(email) && blank(phone) && blank(handle);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
