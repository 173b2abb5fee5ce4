package org.loyaldesk.channel.email.parse;

import java.util.List;
import java.util.Optional;

import org.loyaldesk.platform.StorableText;

/** The header fields of one message in their original order; names compare case-insensitively. */
public record MailHeaders(List<Header> fields) {

    public static final MailHeaders NONE = new MailHeaders(List.of());

    public MailHeaders {
        fields = List.copyOf(fields);
    }

    /**
     * One field. {@code raw} is the unfolded value as written (RFC 2047 words still encoded), as
     * structured fields such as addresses must be split before they are decoded; {@code value} is decoded.
     */
    public record Header(String name, String raw, String value) {
        public Header {
            name = StorableText.of(name);
            raw = StorableText.of(raw);
            value = StorableText.of(value);
        }
    }

    public Optional<String> first(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public Optional<String> firstRaw(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).map(Header::raw).findFirst();
    }

    public List<String> all(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    public boolean has(String name) {
        return fields.stream().anyMatch(field -> field.name().equalsIgnoreCase(name));
    }

    /** The value, or "" when the field is absent: most rules treat both the same. */
    public String valueOf(String name) {
        return first(name).orElse("");
    }
}
