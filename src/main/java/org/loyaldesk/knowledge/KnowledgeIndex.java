package org.loyaldesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.loyaldesk.text.SearchAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The article index on local disk, under the data directory. A change is searchable at once and
 * on disk within a second. It is derived data: an unreadable index is started afresh, and an
 * index that never finished a rebuild is rebuilt from the database at start.
 */
@Component
class KnowledgeIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);
    private static final String COMPLETE = "loyaldesk.complete";

    private final SearchAnalysis analysis;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile boolean complete;
    private boolean closed;

    KnowledgeIndex(LoyaldeskProperties properties, SearchAnalysis analysis) throws IOException {
        this.analysis = analysis;
        Path path = properties.dataDir().resolve("index").resolve("knowledge");
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        writer = openWriter();
        searchers = new SearcherManager(writer, null);
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> complete |= COMPLETE.equals(entry.getKey()) && Boolean.parseBoolean(entry.getValue()));
        }
    }

    private IndexWriter openWriter() throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analysis.indexing()));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("The knowledge index in {} cannot be read; it is started afresh and rebuilt", directory.getDirectory(), e);
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

    /** Puts the article in the index, or takes it out when it is not (or no longer) published. */
    void put(Article article) {
        Term id = new Term(ArticleFields.ID, Long.toString(article.id()));
        try {
            if (article.status() == ArticleStatus.PUBLISHED) {
                Document document = ArticleDocuments.of(article);
                writer.updateDocument(id, document);
            } else {
                writer.deleteDocuments(id);
            }
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term(ArticleFields.ID, Long.toString(articleId)));
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
            complete = false;
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

    boolean isComplete() {
        return complete;
    }

    void markComplete() {
        complete = true;
        commit();
    }

    long documents() {
        return writer.getDocStats().numDocs;
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
        writer.setLiveCommitData(Map.of(COMPLETE, Boolean.toString(complete)).entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(Work<T> work) {
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

    interface Work<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** Under the commit lock, so a commit half-way at shutdown cannot leave the write lock held. */
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
