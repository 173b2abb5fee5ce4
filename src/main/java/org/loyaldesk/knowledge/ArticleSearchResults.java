package org.loyaldesk.knowledge;

import java.util.List;

/** The best articles for a search, best first, and how many matched in all. */
public record ArticleSearchResults(String query, List<ArticleHit> hits, long total) {
}
