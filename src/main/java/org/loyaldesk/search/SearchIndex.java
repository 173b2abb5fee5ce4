package org.loyaldesk.search;

import org.loyaldesk.text.QueryText;
import org.loyaldesk.text.SearchAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The index on local disk, under the data directory. Each conversation's documents are replaced
 * as one, so a search never sees half a conversation, and are searchable at once. Commits (to
 * disk, with an fsync) are grouped once a second; each commit records until when it holds every
 * change, so that after a crash the start-up catch-up knows which conversations to read again.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String COMPLETE = "loyaldesk.complete";
    private static final String CHANGES_UNTIL = "loyaldesk.changes-until";

    private boolean closed;
    private final SearchAnalysis analysis = new SearchAnalysis();
    private final Clock clock;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile boolean complete;
    private volatile Instant changesUntil;

    SearchIndex(LoyaldeskProperties properties, Clock clock) throws IOException {
        this.clock = clock;
        Path path = properties.dataDir().resolve("index").resolve("conversations");
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        writer = openWriter(directory, analysis);
        searchers = new SearcherManager(writer, null);
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> stored = writer.getLiveCommitData();
        if (stored != null) {
            stored.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        complete = Boolean.parseBoolean(data.get(COMPLETE));
        changesUntil = data.containsKey(CHANGES_UNTIL) ? Instant.parse(data.get(CHANGES_UNTIL)) : null;
    }

    /**
     * An index that cannot be read (damaged, or written by an incompatible Lucene) is started
     * afresh rather than stopping Loyaldesk: it is derived data, and the start-up rebuild refills it.
     */
    private static IndexWriter openWriter(FSDirectory directory, SearchAnalysis analysis) throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analysis.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("The search index in {} cannot be read; it is started afresh and rebuilt from the database",
                directory.getDirectory(), e);
            // even CREATE reads the old commit point first: the unreadable files have to go
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            return new IndexWriter(directory, new IndexWriterConfig(analysis.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /** Replaces a conversation's documents; searchable after {@link #refresh}, on disk with the next commit. */
    void replace(long conversationId, List<Document> documents) {
        try {
            writer.updateDocuments(new Term(SearchFields.CONVERSATION, Long.toString(conversationId)), documents);
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(fixedDelay = 1_000)
    void commitChanges() {
        if (changed.getAndSet(false)) {
            commit();
        }
    }

    synchronized void commit() {
        if (closed) {
            return;
        }
        // what was applied before this moment is in the buffers this commit writes
        Instant until = clock.instant();
        Map<String, String> data = new HashMap<>();
        data.put(COMPLETE, Boolean.toString(complete));
        data.put(CHANGES_UNTIL, until.toString());
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
            changesUntil = until;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return writer.getDocStats().numDocs;
    }

    /** Runs a read on the latest searcher and releases it. */
    <T> T read(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /**
     * Under the same lock as {@link #commit}: the once-a-second commit may be half-way (prepared, not
     * yet committed) when the application stops, and closing the writer then would fail and leave the
     * index's write lock held, so that the next start in this JVM could not open it.
     */
    @Override
    public synchronized void destroy() throws IOException {
        try {
            if (changed.getAndSet(false)) {
                commit();
            }
        } finally {
            closed = true;
            try {
                searchers.close();
            } finally {
                try {
                    writer.close();
                } catch (IOException | RuntimeException e) {
                    writer.rollback();
                    throw e;
                } finally {
                    directory.close();
                }
            }
        }
    }
}
