package org.loyaldesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Indexes many conversations on every core. Turning a conversation into documents (language
 * detection, three analyses of each text) is most of the work of a rebuild, and Lucene's writer
 * takes documents from several threads at once; on one thread a rebuild left the other cores idle.
 */
final class ParallelIndexing {

    private ParallelIndexing() {
    }

    /** Runs {@code index} for each id on {@code threads} threads and returns when all are done; the first failure is thrown. */
    static void each(List<Long> ids, int threads, LongConsumer index) {
        if (threads < 2 || ids.size() < 2) {
            ids.forEach(index::accept);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("search-index-", 0).factory())) {
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int at = next.getAndIncrement(); at < ids.size(); at = next.getAndIncrement()) {
                        index.accept(ids.get(at));
                    }
                }));
            }
            awaitAll(workers, () -> next.set(ids.size()));
        }
    }

    /** @param stop lets the other workers end early once one failed (closing the pool waits for them) */
    private static void awaitAll(List<Future<?>> workers, Runnable stop) {
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            stop.run();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            stop.run();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Indexing was interrupted", e);
        }
    }
}
