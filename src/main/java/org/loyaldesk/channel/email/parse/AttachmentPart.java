package org.loyaldesk.channel.email.parse;

/** What a sink learns about an attachment before reading it. {@code contentId} is without angle brackets, "" if none. */
public record AttachmentPart(String partPath, String fileName, String contentType, String contentId, boolean inline) {
}
