package org.loyaldesk.search;

import java.util.List;

import org.loyaldesk.conversation.ConversationQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the index from the database: at start when no rebuild ever finished into it (a first
 * start on existing data, a deleted, lost or half-built index folder), and on request. Runs beside live indexing;
 * both read each conversation whole, so whichever comes last is right.
 */
@Component
class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int BATCH = 500;

    private final ConversationQueries conversations;
    private final ConversationIndexer indexer;
    private final SearchIndex index;

    IndexRebuild(ConversationQueries conversations, ConversationIndexer indexer, SearchIndex index) {
        this.conversations = conversations;
        this.indexer = indexer;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void whenIncomplete() {
        if (!index.isComplete()) {
            Thread.ofVirtual().name("search-rebuild").start(this::rebuild);
        }
    }

    /** @return how many conversations were indexed */
    long rebuild() {
        long started = System.nanoTime();
        long done = 0;
        long after = 0;
        try {
            List<Long> ids;
            while (!(ids = conversations.idsAfter(after, BATCH)).isEmpty()) {
                ids.forEach(indexer::reindexInBatch);
                index.commit();
                done += ids.size();
                after = ids.getLast();
            }
        } catch (RuntimeException e) {
            // The next start tries again, as the index is not marked complete; live events keep indexing meanwhile.
            log.error("Rebuilding the search index stopped after {} conversations", done, e);
            return done;
        }
        index.markComplete();
        log.info("Search index built: {} conversations, {} messages in {} ms", done, index.documents(),
            (System.nanoTime() - started) / 1_000_000);
        return done;
    }
}
