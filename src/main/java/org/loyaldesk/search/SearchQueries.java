package org.loyaldesk.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.LongPoint;
import org.loyaldesk.text.QueryText;
import org.loyaldesk.text.SearchAnalysis;

/**
 * Turns typed text into a Lucene query. Every word must match somewhere: in the message (plainly
 * or stemmed in Dutch and English), its subject, the customer's name and addresses, or the
 * tags. Identifiers match whole; phrases match word for word. With {@code typos}, words of five
 * letters or more also match spellings one or two edits away.
 */
final class SearchQueries {

    static final int TYPO_MIN_LENGTH = 5;
    private static final int TWO_EDITS_FROM = 8;

    private final SearchAnalysis analysis;

    SearchQueries(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Empty when nothing typed can be searched for, such as only punctuation. */
    Optional<Query> text(QueryText text, boolean typos) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : text.words()) {
            Optional<Query> clause = word(word, typos);
            if (clause.isPresent()) {
                query.add(clause.get(), Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : text.phrases()) {
            Optional<Query> clause = phrase(analysis.plainTerms(phrase));
            if (clause.isPresent()) {
                query.add(clause.get(), Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(query.build());
    }

    /** Whether searching near spellings could find more. */
    boolean hasTypoCandidates(QueryText text) {
        return text.words().stream().anyMatch(word -> Identifiers.of(word).isEmpty()
            && analysis.plainTerms(word).stream().anyMatch(term -> term.length() >= TYPO_MIN_LENGTH));
    }

    static Query filters(SearchRequest request) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        filters.add(new TermQuery(new Term(SearchFields.SPAM, "false")), Occur.FILTER);
        if (!request.seesNotes()) {
            filters.add(new TermQuery(new Term(SearchFields.INTERNAL, "false")), Occur.FILTER);
        }
        if (request.status() != null) {
            filters.add(new TermQuery(new Term(SearchFields.STATUS, request.status().code())), Occur.FILTER);
        }
        if (request.channel() != null) {
            filters.add(new TermQuery(new Term(SearchFields.CHANNEL, request.channel().code())), Occur.FILTER);
        }
        if (request.assignee() != null) {
            filters.add(new TermQuery(new Term(SearchFields.ASSIGNEE, request.assignee())), Occur.FILTER);
        }
        if (request.team() != null) {
            filters.add(new TermQuery(new Term(SearchFields.TEAM, request.team())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
            filters.add(LongPoint.newRangeQuery(SearchFields.CREATED, from, to), Occur.FILTER);
        }
        return filters.build();
    }

    private Optional<Query> word(String word, boolean typos) {
        Set<String> keys = Identifiers.of(word);
        List<String> terms = analysis.plainTerms(word);
        if (terms.isEmpty() && keys.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        keys.forEach(key -> anyField.add(new BoostQuery(new TermQuery(new Term(SearchFields.IDS, key)), 3f), Occur.SHOULD));
        if (terms.size() > 1 || !keys.isEmpty()) {
            // "KK-240177" or "e-mail": its pieces next to each other in the text (and the highlight shows them)
            phrase(terms).ifPresent(phrase -> anyField.add(phrase, Occur.SHOULD));
        } else if (terms.size() == 1) {
            String term = terms.getFirst();
            anyField.add(new TermQuery(new Term(SearchFields.TEXT, term)), Occur.SHOULD);
            analysis.dutchTerms(word).forEach(stem -> anyField.add(new TermQuery(new Term(SearchFields.TEXT_NL, stem)), Occur.SHOULD));
            analysis.englishTerms(word).forEach(stem -> anyField.add(new TermQuery(new Term(SearchFields.TEXT_EN, stem)), Occur.SHOULD));
            for (String field : List.of(SearchFields.SUBJECT, SearchFields.PEOPLE, SearchFields.TAGS)) {
                anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), 2f), Occur.SHOULD);
            }
            if (typos && term.length() >= TYPO_MIN_LENGTH) {
                int edits = term.length() >= TWO_EDITS_FROM ? 2 : 1;
                // one letter in front fixed: far fewer terms to visit, and typos rarely hit the first letter
                for (Query spellings : NearSpellings.of(List.of(SearchFields.TEXT, SearchFields.SUBJECT, SearchFields.PEOPLE),
                    term, edits, 1)) {
                    anyField.add(new BoostQuery(spellings, 0.5f), Occur.SHOULD);
                }
            }
        }
        return Optional.of(anyField.build());
    }

    private static Optional<Query> phrase(List<String> terms) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : List.of(SearchFields.TEXT, SearchFields.SUBJECT, SearchFields.PEOPLE)) {
            anyField.add(terms.size() == 1 ? new TermQuery(new Term(field, terms.getFirst()))
                : new PhraseQuery(field, terms.toArray(String[]::new)), Occur.SHOULD);
        }
        return Optional.of(anyField.build());
    }


}
