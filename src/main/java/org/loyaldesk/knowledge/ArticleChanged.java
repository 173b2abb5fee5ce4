package org.loyaldesk.knowledge;

/** An article was created, edited, published, archived or voted on: its index entry is out of date. */
public record ArticleChanged(long articleId) {
}
