package org.loyaldesk.knowledge;

import java.util.List;

/**
 * What the help centre did in a period.
 *
 * @param visitors        browsers that searched or read an article
 * @param decided         those whose 24 hours after their first visit have passed
 * @param deflected       of the decided, those that did not contact us within those 24 hours
 * @param articles        per article, the visitors that read it and of those the deflected
 * @param noResults       searches that found nothing, most asked first
 * @param unhelpful       articles voted "no", most "no" first
 */
public record SelfService(long visitors, long decided, long deflected, List<ArticleDeflection> articles,
                          List<EmptySearch> noResults, List<UnhelpfulArticle> unhelpful) {

    /** Share of the decided visitors that did not need to contact us; null before any is decided. */
    public Double deflectionRate() {
        return decided == 0 ? null : (double) deflected / decided;
    }

    public record ArticleDeflection(long articleId, String language, String title, long readers, long deflected) {
    }

    public record EmptySearch(String query, long times) {
    }

    public record UnhelpfulArticle(long articleId, String language, String title, long no, long yes, String lastComment) {
    }
}
