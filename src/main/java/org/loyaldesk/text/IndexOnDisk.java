package org.loyaldesk.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index in a folder of the data directory, as every index of Loyaldesk keeps one: what
 * is written is searchable after {@link #refresh}, on disk after {@link #commit} with the caller's
 * notes (such as until when it is complete). An index is derived data: one that cannot be read
 * (damaged, or written by an incompatible Lucene) is started afresh rather than stopping
 * Loyaldesk, and its owner rebuilds it from the database.
 */
public final class IndexOnDisk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexOnDisk.class);

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private boolean closed;

    private IndexOnDisk(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    public static IndexOnDisk open(Path path, Analyzer analyzer) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        return new IndexOnDisk(directory, openWriter(directory, analyzer));
    }

    private static IndexWriter openWriter(FSDirectory directory, Analyzer analyzer) throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("The index in {} cannot be read; it is started afresh and rebuilt from the database",
                directory.getDirectory(), e);
            // even CREATE reads the old commit point first: the unreadable files have to go
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            return new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    public IndexWriter writer() {
        return writer;
    }

    /** The notes of the last commit; empty for a new index. */
    public Map<String, String> committed() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> stored = writer.getLiveCommitData();
        if (stored != null) {
            stored.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what was changed to disk, with an fsync; false when the index was closed already. */
    public synchronized boolean commit(Map<String, String> notes) {
        if (closed) {
            return false;
        }
        writer.setLiveCommitData(notes.entrySet());
        try {
            writer.commit();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long documents() {
        return writer.getDocStats().numDocs;
    }

    /** Runs a read on the latest searcher and releases it. */
    public <T> T read(Work<T> work) {
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

    public interface Work<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /**
     * Under the same lock as {@link #commit}: a commit may be half-way (prepared, not yet
     * committed) when the application stops, and closing the writer then would fail and leave the
     * index's write lock held, so that the next start in this JVM could not open it.
     */
    @Override
    public synchronized void close() throws IOException {
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
