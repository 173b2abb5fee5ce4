package org.loyaldesk.knowledge;

import java.time.Instant;

import org.loyaldesk.platform.Language;

/**
 * One article in one language. Its translations share {@code translationGroup}; {@code version}
 * counts its saved states and guards against two editors overwriting each other.
 */
public record Article(long id, long translationGroup, Language language, String slug, String title, String summary,
                      String bodyHtml, ArticleStatus status, boolean internal, Long categoryId, Long authorId,
                      Long editorId, Instant createdAt, Instant updatedAt, Instant publishedAt, int version,
                      long views, int helpfulYes, int helpfulNo) {

    /** Whether a customer may read it in the help centre. */
    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED && !internal;
    }

    /** Share of "yes" among the votes, with two imaginary votes (one each way) so a single vote does not decide. */
    public double helpfulness() {
        return (helpfulYes + 1.0) / (helpfulYes + helpfulNo + 2.0);
    }
}
