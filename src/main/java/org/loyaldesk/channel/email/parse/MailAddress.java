package org.loyaldesk.channel.email.parse;

import java.util.Locale;

/** One mailbox from an address header: the address as written and the display name, if any ("" when none). */
public record MailAddress(String address, String name) {

    public MailAddress {
        address = address == null ? "" : address.strip();
        name = name == null ? "" : name.strip();
    }

    /** Addresses compare case-insensitively in practice, although RFC 5321 allows a case-sensitive local part. */
    public String normalized() {
        return address.toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? address : name + " <" + address + ">";
    }
}
