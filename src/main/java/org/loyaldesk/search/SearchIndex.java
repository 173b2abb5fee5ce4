package org.loyaldesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The index on local disk, under the data directory. Each conversation's documents are replaced
 * as one, so a search never sees half a conversation; every change is committed at once, since
 * the events that cause it are already marked done.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final String COMPLETE = "loyaldesk.complete";

    private final SearchAnalysis analysis = new SearchAnalysis();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex(LoyaldeskProperties properties) throws IOException {
        Path path = properties.dataDir().resolve("index").resolve("conversations");
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    void replace(long conversationId, List<Document> documents) {
        try {
            writer.updateDocuments(conversationTerm(conversationId), documents);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For rebuilding: many conversations, then one commit. */
    void replaceWithoutCommit(long conversationId, List<Document> documents) {
        try {
            writer.updateDocuments(conversationTerm(conversationId), documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a rebuild from the database ever finished into this index. Stored with every commit,
     * so an index folder that is new, lost or half-built is rebuilt at the next start.
     */
    boolean isComplete() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (COMPLETE.equals(entry.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    void markComplete() {
        writer.setLiveCommitData(Map.of(COMPLETE, "true").entrySet());
        commit();
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

    private static Term conversationTerm(long conversationId) {
        return new Term(SearchFields.CONVERSATION, Long.toString(conversationId));
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
