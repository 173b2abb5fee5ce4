package org.loyaldesk.knowledge;

import org.loyaldesk.text.SearchAnalysis;

/** The fields of an article in the knowledge index: one document per published article. */
final class ArticleFields {

    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String INTERNAL = "internal";
    static final String TITLE = "title";
    static final String TITLE_NL = "title" + SearchAnalysis.DUTCH;
    static final String TITLE_EN = "title" + SearchAnalysis.ENGLISH;
    /** The words a reader sees, stored for snippets and analysed as {@link #TEXT}, {@link #TEXT_NL}, {@link #TEXT_EN}. */
    static final String BODY = "body";
    static final String TEXT = "text";
    static final String TEXT_NL = "text" + SearchAnalysis.DUTCH;
    static final String TEXT_EN = "text" + SearchAnalysis.ENGLISH;
    static final String SLUG = "slug";
    static final String SUMMARY = "summary";
    /** Features that rank an article beside its relevance. */
    static final String FEATURES = "features";
    static final String HELPFULNESS = "helpfulness";

    private ArticleFields() {
    }
}
