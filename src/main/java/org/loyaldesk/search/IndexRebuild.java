package org.loyaldesk.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.platform.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date with the database at start: the whole of it when no rebuild ever
 * finished into this index (a first start on existing data, a deleted, lost or half-built index
 * folder), otherwise the conversations changed since the index's last commit (changes a crash
 * caught in memory). Runs beside live indexing; both read each conversation whole, so whichever
 * comes last is right.
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int BATCH = 500;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    /** Transactions that committed just after the index's last commit may carry an earlier time. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final ConversationQueries conversations;
    private final ConversationIndexer indexer;
    private final SearchIndex index;
    private final AuditLog audit;

    IndexRebuild(ConversationQueries conversations, ConversationIndexer indexer, SearchIndex index, AuditLog audit) {
        this.conversations = conversations;
        this.indexer = indexer;
        this.index = index;
        this.audit = audit;
    }

    /**
     * Reads every conversation into the index again, in the background; search keeps answering
     * from the index as it is meanwhile. For an operator who restored a backup of the database.
     */
    public void rebuildInBackground() {
        audit.record("search.rebuild", "search-index", null, null);
        Thread.ofVirtual().name("search-rebuild").start(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                log.error("Rebuilding the search index failed", e);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Thread.ofVirtual().name("search-catch-up").start(() -> {
            try {
                if (!index.isComplete()) {
                    rebuild();
                } else {
                    Instant since = index.changesUntil().orElse(Instant.EPOCH).minus(MARGIN);
                    long done = reindex(after -> conversations.idsUpdatedSince(since, after, BATCH));
                    log.info("Search index caught up: {} conversations changed since {}", done, since);
                }
            } catch (RuntimeException e) {
                // the index stays marked incomplete, so the next start tries again; live events keep indexing
                log.error("Bringing the search index up to date failed", e);
            }
        });
    }

    /** @return how many conversations were indexed */
    long rebuild() {
        long started = System.nanoTime();
        long done = reindex(after -> conversations.idsAfter(after, BATCH));
        index.markComplete();
        log.info("Search index built: {} conversations, {} messages in {} ms", done, index.documents(),
            (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private long reindex(LongFunction<List<Long>> pages) {
        long done = 0;
        long after = 0;
        List<Long> ids;
        while (!(ids = pages.apply(after)).isEmpty()) {
            ParallelIndexing.each(ids, THREADS, indexer::reindexQuietly);
            index.refresh();
            index.commit();
            done += ids.size();
            after = ids.getLast();
        }
        return done;
    }
}
