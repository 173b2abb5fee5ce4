package org.loyaldesk.channel.email.parse;

/** Attachment names as a file system and a download header can take them: no path, no control characters, not endless. */
final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    static String clean(String name) {
        if (name == null) {
            return "";
        }
        String base = name.replaceAll("[\\x00-\\x1F\\x7F]", "").strip();
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1).strip();
        if (base.equals(".") || base.equals("..")) {
            return "";
        }
        return base.length() <= MAX_LENGTH ? base : base.substring(0, MAX_LENGTH);
    }
}
