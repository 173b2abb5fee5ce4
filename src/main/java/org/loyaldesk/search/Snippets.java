package org.loyaldesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.web.util.HtmlUtils;

/**
 * The passage of each hit that shows why it matched, HTML-escaped, matched words in
 * {@code <mark>}. The message text is stored once but analysed three ways (plain, Dutch, English);
 * the highlighter reads that one stored text for all three and the snippet with the most marks
 * wins, so a stemmed or compound match is highlighted as well as an exact one.
 */
final class Snippets {

    static final String MARK = "<mark>";
    private static final int LENGTH = 160;
    private static final String[] FIELDS = { SearchFields.TEXT, SearchFields.TEXT_NL, SearchFields.TEXT_EN,
        SearchFields.SUBJECT };

    private final SearchAnalysis analysis;

    Snippets(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    List<String> of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        List<String> snippets = new ArrayList<>();
        if (docIds.length == 0) {
            return snippets;
        }
        int[] one = new int[FIELDS.length];
        java.util.Arrays.fill(one, 1);
        Map<String, String[]> marked = highlighter(searcher).highlightFields(FIELDS, query, docIds, one);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < docIds.length; i++) {
            String best = null;
            int bestMarks = 0;
            for (String field : FIELDS) {
                String snippet = marked.get(field)[i];
                int marks = snippet == null ? 0 : count(snippet);
                if (marks > bestMarks) {
                    best = snippet;
                    bestMarks = marks;
                }
            }
            snippets.add(best != null ? best.strip() : opening(stored.document(docIds[i], Set.of(SearchFields.BODY))));
        }
        return snippets;
    }

    /** Matched on the customer, a tag or an identifier only: the message's opening tells what it is about. */
    private static String opening(Document document) {
        String body = document.get(SearchFields.BODY);
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return HtmlUtils.htmlEscape(text.length() > LENGTH ? text.substring(0, LENGTH) + "…" : text);
    }

    private static int count(String snippet) {
        int count = 0;
        for (int at = snippet.indexOf(MARK); at >= 0; at = snippet.indexOf(MARK, at + 1)) {
            count++;
        }
        return count;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.indexing())
            .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", "… ", true))
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.5f))
            .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            /** The three message fields share one stored text. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
                StoredFields stored = searcher.storedFields();
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = stored.document(doc, Set.of(SearchFields.BODY, SearchFields.SUBJECT));
                    CharSequence[] perField = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        String value = document.get(SearchFields.SUBJECT.equals(fields[i]) ? SearchFields.SUBJECT : SearchFields.BODY);
                        perField[i] = value == null ? "" : value;
                    }
                    values.add(perField);
                }
                return values;
            }
        };
    }
}
