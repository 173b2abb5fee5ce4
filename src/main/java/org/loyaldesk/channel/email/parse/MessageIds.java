package org.loyaldesk.channel.email.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-IDs from Message-ID, In-Reply-To and References, without angle brackets. */
final class MessageIds {

    static final int MAX_REFERENCES = 100;

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]{1,900})>");

    private MessageIds() {
    }

    static List<String> all(String raw) {
        List<String> ids = new ArrayList<>();
        if (raw == null) {
            return ids;
        }
        Matcher id = BRACKETED.matcher(raw);
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (ids.isEmpty() && !raw.isBlank() && !raw.strip().contains(" ")) {
            ids.add(raw.strip()); // written without brackets
        }
        // keep the newest: the end of References is the direct parent
        return ids.size() <= MAX_REFERENCES ? ids : new ArrayList<>(ids.subList(ids.size() - MAX_REFERENCES, ids.size()));
    }

    static String first(String raw) {
        List<String> ids = all(raw);
        return ids.isEmpty() ? "" : ids.getFirst();
    }
}
