package org.loyaldesk.conversation;

/** A file an agent attaches to a reply. */
public record AttachedFile(String fileName, String contentType, byte[] content) {

    public static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    public AttachedFile {
        fileName = fileName == null || fileName.isBlank() ? "attachment" : fileName.replaceAll("[\\\\/\\r\\n]", "_").strip();
        if (fileName.length() > 255) {
            fileName = fileName.substring(fileName.length() - 255);
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }
}
