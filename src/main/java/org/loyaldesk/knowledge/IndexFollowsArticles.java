package org.loyaldesk.knowledge;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the article index in step with the database, after each commit. Recorded in the event
 * publication registry, so a change missed in a crash is delivered again at the next start.
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
        index.refresh();
    }
}
