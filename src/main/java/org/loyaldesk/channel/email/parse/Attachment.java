package org.loyaldesk.channel.email.parse;

/**
 * A part that is not message text. {@code storageKey} is what the {@link AttachmentSink} returned,
 * null when the part was not stored (over the size limit or the sink failed): then it is still in the
 * raw message at {@code partPath} (IMAP-style: "2", "1.3").
 */
public record Attachment(String partPath, String fileName, String contentType, String contentId, boolean inline,
                         long size, String storageKey) {

    public boolean stored() {
        return storageKey != null;
    }
}
