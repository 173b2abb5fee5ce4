package org.loyaldesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.text.IndexOnDisk;
import org.loyaldesk.text.SearchAnalysis;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The conversation index on local disk, under the data directory. Each conversation's documents
 * are replaced as one, so a search never sees half a conversation, and are searchable at once.
 * Commits (to disk, with an fsync) are grouped once a second; each commit records until when it
 * holds every change, so that after a crash the start-up catch-up knows which conversations to
 * read again.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final String COMPLETE = "loyaldesk.complete";
    private static final String CHANGES_UNTIL = "loyaldesk.changes-until";

    private final SearchAnalysis analysis = new SearchAnalysis();
    private final Clock clock;
    private final IndexOnDisk index;
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile boolean complete;
    private volatile Instant changesUntil;

    SearchIndex(LoyaldeskProperties properties, Clock clock) throws IOException {
        this.clock = clock;
        index = IndexOnDisk.open(properties.dataDir().resolve("index").resolve("conversations"), analysis.indexing());
        Map<String, String> data = index.committed();
        complete = Boolean.parseBoolean(data.get(COMPLETE));
        changesUntil = data.containsKey(CHANGES_UNTIL) ? Instant.parse(data.get(CHANGES_UNTIL)) : null;
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /** Replaces a conversation's documents; searchable after {@link #refresh}, on disk with the next commit. */
    void replace(long conversationId, List<Document> documents) {
        try {
            index.writer().updateDocuments(new Term(SearchFields.CONVERSATION, Long.toString(conversationId)), documents);
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        index.refresh();
    }

    @Scheduled(fixedDelay = 1_000)
    void commitChanges() {
        if (changed.getAndSet(false)) {
            commit();
        }
    }

    void commit() {
        // what was applied before this moment is in the buffers this commit writes
        Instant until = clock.instant();
        if (index.commit(Map.of(COMPLETE, Boolean.toString(complete), CHANGES_UNTIL, until.toString()))) {
            changesUntil = until;
        }
    }

    /**
     * Whether a rebuild from the database ever finished into this index. Kept with every commit,
     * so an index folder that is new, lost or half-built is rebuilt at the next start.
     */
    boolean isComplete() {
        return complete;
    }

    void markComplete() {
        complete = true;
        commit();
    }

    /** Every change before this moment is on disk; null before the first commit. */
    Optional<Instant> changesUntil() {
        return Optional.ofNullable(changesUntil);
    }

    long documents() {
        return index.documents();
    }

    /** Runs a read on the latest searcher and releases it. */
    <T> T read(IndexOnDisk.Work<T> work) {
        return index.read(work);
    }

    @Override
    public void destroy() throws IOException {
        try {
            if (changed.getAndSet(false)) {
                commit();
            }
        } finally {
            index.close();
        }
    }
}
