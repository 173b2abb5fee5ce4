package org.loyaldesk.knowledge;

/**
 * An article found by a search: its snippet is HTML-escaped with the matched words in
 * {@code <mark>}; {@code url} is its help-centre page (for an internal article, the agents' page).
 */
public record ArticleHit(long id, String language, String slug, String title, String summary, String snippet,
                         String url) {
}
