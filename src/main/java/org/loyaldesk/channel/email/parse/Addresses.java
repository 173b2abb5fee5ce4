package org.loyaldesk.channel.email.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Address lists as people and programs write them: {@code "Boer, Jan" <jan@example.nl>},
 * {@code jan@example.nl (Jan)}, groups like {@code undisclosed-recipients:;}, stray commas.
 * Display names are decoded after splitting, as a decoded name may contain a comma.
 */
final class Addresses {

    static final int MAX_ADDRESSES = 500;

    private Addresses() {
    }

    static List<MailAddress> parse(String raw) {
        List<MailAddress> addresses = new ArrayList<>();
        if (raw == null) {
            return addresses;
        }
        for (String item : split(raw)) {
            MailAddress address = mailbox(item);
            if (address != null && addresses.size() < MAX_ADDRESSES) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    static MailAddress first(String raw) {
        List<MailAddress> all = parse(raw);
        return all.isEmpty() ? new MailAddress("", "") : all.getFirst();
    }

    /** Splits at commas (and group syntax) outside quotes, comments and angle brackets. */
    private static List<String> split(String raw) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int comment = 0;
        boolean angle = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < raw.length()) {
                    current.append(c).append(raw.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (comment > 0) {
                comment += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                comment = 1;
            } else if (c == '<') {
                angle = true;
            } else if (c == '>') {
                angle = false;
            } else if (!angle && (c == ',' || c == ';')) {
                items.add(current.toString());
                current.setLength(0);
                continue;
            } else if (!angle && c == ':') {
                current.setLength(0); // "group name:" starts a group; its name is no mailbox
                continue;
            }
            current.append(c);
        }
        items.add(current.toString());
        return items;
    }

    private static MailAddress mailbox(String item) {
        String text = item.strip();
        if (text.isEmpty()) {
            return null;
        }
        int open = text.lastIndexOf('<');
        int close = text.indexOf('>', Math.max(open, 0));
        if (open >= 0) {
            String address = text.substring(open + 1, close < 0 ? text.length() : close).strip();
            String name = cleanName(text.substring(0, open));
            return address.isEmpty() && name.isEmpty() ? null : new MailAddress(address, name);
        }
        String name = "";
        int commentStart = text.indexOf('(');
        if (commentStart >= 0) {
            int commentEnd = text.lastIndexOf(')');
            name = cleanName(text.substring(commentStart + 1, commentEnd > commentStart ? commentEnd : text.length()));
            text = (text.substring(0, commentStart) + (commentEnd > commentStart ? text.substring(commentEnd + 1) : "")).strip();
        }
        String address = text.replaceAll("\\s+", "");
        return address.isEmpty() ? null : new MailAddress(address, name);
    }

    private static String cleanName(String name) {
        String stripped = name.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            stripped = stripped.substring(1, stripped.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return EncodedWords.decode(stripped).replaceAll("\\s+", " ").strip();
    }
}
