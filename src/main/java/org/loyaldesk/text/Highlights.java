package org.loyaldesk.text;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.web.util.HtmlUtils;

/**
 * The passage of each hit that shows why it matched, HTML-escaped, matched words in
 * {@code <mark>}. A text is stored once but analysed several ways (plain, Dutch, English); the
 * highlighter reads that one stored text for each analysed field and the snippet with the most
 * marks wins, so a stemmed or compound match is highlighted as well as an exact one.
 */
public final class Highlights {

    public static final String MARK = "<mark>";
    private static final int LENGTH = 160;

    private final SearchAnalysis analysis;
    private final String[] fields;
    private final String[] storedOf;
    private final Set<String> stored;
    private final String opening;

    /**
     * @param storedFor for each searched field, in order, the stored field that holds its text
     * @param opening   the stored field whose start is shown when no searched field matched
     */
    public Highlights(SearchAnalysis analysis, LinkedHashMap<String, String> storedFor, String opening) {
        this.analysis = analysis;
        this.fields = storedFor.keySet().toArray(String[]::new);
        this.storedOf = storedFor.values().toArray(String[]::new);
        this.stored = new HashSet<>(storedFor.values());
        this.opening = opening;
    }

    public List<String> of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        List<String> snippets = new ArrayList<>();
        if (docIds.length == 0) {
            return snippets;
        }
        Map<String, Query> perField = new LinkedHashMap<>();
        for (String field : fields) {
            ClausesOnField.of(query, field).ifPresent(clauses -> perField.put(field, clauses));
        }
        String[] asked = perField.keySet().toArray(String[]::new);
        int[] one = new int[asked.length];
        Arrays.fill(one, 1);
        Map<String, String[]> marked = asked.length == 0 ? Map.of()
            : highlighter(searcher, perField).highlightFields(asked, query, docIds, one);
        StoredFields storedFields = searcher.storedFields();
        for (int i = 0; i < docIds.length; i++) {
            String best = null;
            int bestMarks = 0;
            for (String field : asked) {
                String snippet = marked.get(field)[i];
                int marks = snippet == null ? 0 : count(snippet);
                if (marks > bestMarks) {
                    best = snippet;
                    bestMarks = marks;
                }
            }
            snippets.add(best != null ? best.strip() : opening(storedFields.document(docIds[i], Set.of(opening))));
        }
        return snippets;
    }

    /** Nothing in the text matched (a name, a tag, an identifier): the text's opening tells what it is about. */
    private String opening(Document document) {
        String body = document.get(opening);
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

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<String, Query> perField) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.indexing())
            .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", "… ", true))
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.5f))
            .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            /** Each field is highlighted by its own clauses only (see {@link ClausesOnField}). */
            @Override
            protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
                Query own = perField.get(field);
                return super.getFieldHighlighter(field, own, extractTerms(own), maxPassages);
            }

            /** Several analysed fields share one stored text. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] asked, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
                StoredFields storedFields = searcher.storedFields();
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = storedFields.document(doc, stored);
                    CharSequence[] perField = new CharSequence[asked.length];
                    for (int i = 0; i < asked.length; i++) {
                        String value = document.get(storedOf[Arrays.asList(fields).indexOf(asked[i])]);
                        perField[i] = value == null ? "" : value;
                    }
                    values.add(perField);
                }
                return values;
            }
        };
    }
}
