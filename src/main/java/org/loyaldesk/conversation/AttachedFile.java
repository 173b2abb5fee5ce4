package org.loyaldesk.conversation;

import org.loyaldesk.platform.StorableText;

/** A file an agent attaches to a reply. */
public record AttachedFile(String fileName, String contentType, byte[] content) {

    public static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    public AttachedFile {
        fileName = fileName == null || fileName.isBlank() ? "attachment" : fileName.replaceAll("[\\\\/\\r\\n]", "_").strip();
        if (fileName.length() > 255) {
            fileName = fileName.substring(fileName.length() - 255);
        }
        fileName = StorableText.of(fileName);
        // the column holds 200 characters; a longer or unstorable type says nothing a mail client could use
        contentType = contentType == null || contentType.isBlank() || contentType.length() > 200
            || !StorableText.isStorable(contentType) ? "application/octet-stream" : contentType;
    }
}
