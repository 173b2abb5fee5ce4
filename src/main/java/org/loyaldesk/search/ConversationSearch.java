package org.loyaldesk.search;

import org.loyaldesk.text.Highlights;
import org.loyaldesk.text.QueryText;
import org.loyaldesk.text.SearchAnalysis;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.springframework.stereotype.Service;

/**
 * Finds conversations by what was written in them and about them. The results are conversations,
 * best first, each shown by its best matching message; when the exact words find (almost)
 * nothing, near spellings are searched too, so a typo still finds.
 */
@Service
public class ConversationSearch {

    /** Fewer matching messages than this and the search tries again with typo tolerance. */
    private static final int FEW = 3;
    private static final int BATCH = 200;
    /** Bounds the work of collapsing messages into conversations for one page. */
    private static final int MAX_SCANNED = 5_000;
    private static final Set<String> STORED = Set.of(SearchFields.CONVERSATION, SearchFields.MESSAGE,
        SearchFields.SUBJECT, SearchFields.CUSTOMER_NAME, SearchFields.KIND, SearchFields.CREATED, SearchFields.BODY);

    private final SearchIndex index;
    private final SearchQueries queries;
    private final Highlights snippets;

    ConversationSearch(SearchIndex index) {
        this.index = index;
        this.queries = new SearchQueries(index.analysis());
        this.snippets = Snippets.of(index.analysis());
    }

    public SearchResults search(SearchRequest request) {
        QueryText text = QueryText.parse(request.text());
        Optional<Query> exact = queries.text(text, false);
        if (exact.isEmpty()) {
            return new SearchResults(List.of(), request.offset(), request.limit(), false, false);
        }
        Query filters = SearchQueries.filters(request);
        return index.read(searcher -> {
            int wanted = request.offset() + request.limit() + 1;
            // Rewritten once for every batch and the highlighter: near spellings are then the words they
            // matched, so the highlighter compares plain terms instead of running a spelling automaton
            // over every word of every snippet.
            Query query = searcher.rewrite(filtered(exact.get(), filters));
            Collapsed best = bestPerConversation(searcher, query, wanted);
            boolean typoTolerant = false;
            if (best.matches() < FEW && queries.hasTypoCandidates(text)) {
                query = searcher.rewrite(filtered(queries.text(text, true).orElseThrow(), filters));
                best = bestPerConversation(searcher, query, wanted);
                typoTolerant = true;
            }
            List<ScoreDoc> docs = best.docs();
            boolean more = docs.size() > request.offset() + request.limit();
            List<ScoreDoc> page = docs.subList(Math.min(request.offset(), docs.size()),
                Math.min(request.offset() + request.limit(), docs.size()));
            return new SearchResults(hits(searcher, query, page), request.offset(), request.limit(), more,
                typoTolerant);
        });
    }

    /** The best message of each conversation, and how many messages matched (at least). */
    private record Collapsed(List<ScoreDoc> docs, long matches) {
    }

    private static Query filtered(Query text, Query filters) {
        return new BooleanQuery.Builder().add(text, Occur.MUST).add(filters, Occur.FILTER).build();
    }

    /**
     * The best message of each conversation, best first, until {@code wanted} conversations are
     * found. Pure relevance order lets Lucene skip blocks that cannot make the top; the conversation
     * of each hit comes from doc values, not stored fields.
     */
    private static Collapsed bestPerConversation(IndexSearcher searcher, Query query, int wanted) throws IOException {
        List<ScoreDoc> best = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc after = null;
        long matches = 0;
        int scanned = 0;
        while (best.size() < wanted && scanned < MAX_SCANNED) {
            TopDocs batch = searcher.searchAfter(after, query, BATCH);
            if (after == null) {
                matches = batch.totalHits.value();
            }
            if (batch.scoreDocs.length == 0) {
                break;
            }
            for (ScoreDoc doc : batch.scoreDocs) {
                if (seen.add(conversationOf(leaves, doc.doc))) {
                    best.add(doc);
                    if (best.size() == wanted) {
                        break;
                    }
                }
            }
            scanned += batch.scoreDocs.length;
            after = batch.scoreDocs[batch.scoreDocs.length - 1];
        }
        return new Collapsed(best, matches);
    }

    private static long conversationOf(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), SearchFields.CONVERSATION_ID);
        return values.advanceExact(doc - leaf.docBase) ? values.longValue() : -1;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, List<ScoreDoc> page) throws IOException {
        int[] docIds = page.stream().mapToInt(doc -> doc.doc).toArray();
        List<String> marked = snippets.of(searcher, query, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            Document document = stored.document(docIds[i], STORED);
            long conversationId = Long.parseLong(document.get(SearchFields.CONVERSATION));
            long messageId = document.getField(SearchFields.MESSAGE).numericValue().longValue();
            hits.add(new SearchHit(conversationId, messageId, document.get(SearchFields.SUBJECT),
                document.get(SearchFields.CUSTOMER_NAME), document.get(SearchFields.KIND),
                Instant.ofEpochMilli(document.getField(SearchFields.CREATED).numericValue().longValue()),
                marked.get(i), "/conversations/" + conversationId + "#message-" + messageId));
        }
        return hits;
    }
}
