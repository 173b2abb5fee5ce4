package org.loyaldesk.conversation;

import org.loyaldesk.platform.StorableText;

/** Subjects are shown in one line of the inbox: no line breaks, no endless text. */
final class Subjects {

    static final int MAX_LENGTH = 300;

    private Subjects() {
    }

    static String clean(String subject) {
        String oneLine = subject == null ? "" : StorableText.of(subject).replaceAll("\\s+", " ").trim();
        if (oneLine.isEmpty()) {
            return "(no subject)";
        }
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** A subject from the first line of a message, when the channel has no subjects (chat, phone). */
    static String fromText(String text) {
        String firstLine = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return clean(firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 79) + "…");
    }
}
