package org.loyaldesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.index.Term;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.text.IndexOnDisk;
import org.loyaldesk.text.SearchAnalysis;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The article index on local disk, under the data directory. A change is searchable at once and
 * on disk within a second; an index that never finished a rebuild is rebuilt from the database at
 * start.
 */
@Component
class KnowledgeIndex implements DisposableBean {

    private static final String COMPLETE = "loyaldesk.complete";
    private static final String FORMAT = "loyaldesk.format";
    /** Raised when the documents change shape: an index of another shape is rebuilt at start. */
    private static final String CURRENT_FORMAT = "2";

    private final SearchAnalysis analysis;
    private final IndexOnDisk index;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean unseen = new AtomicBoolean();
    private volatile boolean complete;

    KnowledgeIndex(LoyaldeskProperties properties, SearchAnalysis analysis) throws IOException {
        this.analysis = analysis;
        this.index = IndexOnDisk.open(properties.dataDir().resolve("index").resolve("knowledge"), analysis.indexing());
        Map<String, String> committed = index.committed();
        this.complete = Boolean.parseBoolean(committed.get(COMPLETE)) && CURRENT_FORMAT.equals(committed.get(FORMAT));
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /** Puts the article in the index, or takes it out when it is not (or no longer) published. */
    void put(Article article) {
        Term id = new Term(ArticleFields.ID, Long.toString(article.id()));
        try {
            if (article.status() == ArticleStatus.PUBLISHED) {
                index.writer().updateDocument(id, ArticleDocuments.of(article));
            } else {
                index.writer().deleteDocuments(id);
            }
            changed.set(true);
            unseen.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long articleId) {
        try {
            index.writer().deleteDocuments(new Term(ArticleFields.ID, Long.toString(articleId)));
            changed.set(true);
            unseen.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            index.writer().deleteAll();
            complete = false;
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        index.refresh();
    }

    boolean isComplete() {
        return complete;
    }

    void markComplete() {
        complete = true;
        commit();
    }

    long documents() {
        return index.documents();
    }

    /** Changes become searchable in groups, a few times a second, however many arrive. */
    @Scheduled(fixedDelay = 100)
    void showChanges() {
        if (unseen.getAndSet(false)) {
            index.refresh();
        }
    }

    @Scheduled(fixedDelay = 1_000)
    void commitChanges() {
        if (changed.getAndSet(false)) {
            commit();
        }
    }

    private void commit() {
        index.commit(Map.of(COMPLETE, Boolean.toString(complete), FORMAT, CURRENT_FORMAT));
    }

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
