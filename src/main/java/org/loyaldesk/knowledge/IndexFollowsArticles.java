package org.loyaldesk.knowledge;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the article index in step with the database, after each commit. Recorded in the event
 * publication registry, so a change missed in a crash is delivered again at the next start. The
 * change is searchable with the index's next refresh, a fraction of a second later: refreshing
 * per change made a bulk import wait minutes for its articles.
 */
@Component
class IndexFollowsArticles {

    private final Articles articles;
    private final KnowledgeIndex index;

    IndexFollowsArticles(Articles articles, KnowledgeIndex index) {
        this.articles = articles;
        this.index = index;
    }

    @Async
    @TransactionalEventListener
    void on(ArticleChanged event) {
        articles.find(event.articleId()).ifPresentOrElse(index::put, () -> index.remove(event.articleId()));
    }
}
