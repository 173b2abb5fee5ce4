package org.loyaldesk.knowledge;

import java.time.Instant;

/** A saved state of an article, as it was after one save. */
public record ArticleVersion(long articleId, int version, String title, String summary, String bodyHtml,
                             ArticleStatus status, boolean internal, Long categoryId, Long editorId, Instant editedAt) {
}
