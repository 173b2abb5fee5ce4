package org.loyaldesk.knowledge;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Fills the article index from the database: at start when it never finished filling (new, lost
 * or unreadable), and on an admin's request after a database restore. Searches keep answering
 * from what is indexed meanwhile.
 */
@Service
public class KnowledgeIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexRebuild.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final KnowledgeIndex index;

    KnowledgeIndexRebuild(JdbcClient jdbc, KnowledgeIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!index.isComplete()) {
            rebuild();
        }
    }

    /** Reads every published article again, in batches; returns how many were indexed. */
    public synchronized int rebuild() {
        long started = System.nanoTime();
        index.clear();
        int count = 0;
        long after = 0;
        List<Article> batch;
        do {
            batch = jdbc.sql("SELECT " + Articles.COLUMNS + " FROM knowledge_article WHERE status = 'PUBLISHED' AND id > ? "
                    + "ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                .param(after).query(Articles::map).list();
            for (Article article : batch) {
                index.put(article);
                after = article.id();
                count++;
            }
        } while (batch.size() == BATCH);
        index.refresh();
        index.markComplete();
        log.info("Knowledge index rebuilt: {} published articles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }
}
