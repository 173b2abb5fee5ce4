package org.loyaldesk.search;

import java.time.Instant;

/**
 * The best matching message of one conversation.
 *
 * @param snippet the matching passage, HTML-escaped, with the matched words in {@code <mark>}
 * @param link    the message on its conversation's page
 */
public record SearchHit(long conversationId, long messageId, String subject, String customerName, String kind,
                        Instant createdAt, String snippet, String link) {
}
