package org.loyaldesk.knowledge.web;

import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.ArticleInput;

/**
 * The editor's fields exactly as typed: a refused save shows them again, so nothing is lost. An
 * unticked checkbox sends nothing, which here means "not internal" rather than "keep as it was".
 */
record ArticleForm(String language, String title, String slug, String summary, Long categoryId, String status,
                   Boolean internal, String body, Integer version, Long translationOf) {

    static ArticleForm of(Article article) {
        return new ArticleForm(article.language().code(), article.title(), article.slug(), article.summary(),
            article.categoryId(), article.status().code(), article.internal(), article.bodyHtml(), article.version(),
            null);
    }

    public boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }

    ArticleInput forCreate() {
        return new ArticleInput(language, blankAsNull(slug), title, summary, body, status, isInternal(), categoryId,
            translationOf, null);
    }

    /** A slug left empty keeps the article's address; the language never changes. */
    ArticleInput forUpdate() {
        return new ArticleInput(null, blankAsNull(slug), title, summary == null ? "" : summary,
            body == null ? "" : body, status, isInternal(), categoryId, null, version);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
