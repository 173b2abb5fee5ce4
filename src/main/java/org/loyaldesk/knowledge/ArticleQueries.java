package org.loyaldesk.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.loyaldesk.platform.Language;
import org.loyaldesk.text.QueryText;
import org.loyaldesk.text.SearchAnalysis;

/**
 * Turns what someone typed, or what a customer wrote, into a query over articles. A typed search
 * needs every word (or one of its synonyms) somewhere in the title or text, in its plain, stemmed
 * or compound-part form, a near spelling, or — for the word still being typed — its beginning.
 * A customer's message needs only some of its words: the articles sharing most of them win.
 * Either way helpfulness (the "did this help?" votes) lifts an article a little.
 */
final class ArticleQueries {

    private static final int TYPO_MIN_LENGTH = 5;
    private static final int TWO_EDITS_FROM = 8;
    private static final int PREFIX_MIN_LENGTH = 3;
    /** The words of a long message that count; enough to know its subject, few enough to stay quick. */
    private static final int MAX_ABOUT_TERMS = 40;

    private final SearchAnalysis analysis;
    private final Synonyms synonyms;

    ArticleQueries(SearchAnalysis analysis, Synonyms synonyms) {
        this.analysis = analysis;
        this.synonyms = synonyms;
    }

    /**
     * Empty when nothing typed can be searched for, such as only punctuation.
     *
     * @param typos also near spellings: costly to build, so asked for only when the exact words find little
     */
    Optional<Query> typed(QueryText text, boolean stillTyping, boolean typos) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            boolean last = stillTyping && i == words.size() - 1;
            Optional<Query> clause = wordOrSynonym(words.get(i), last, typos);
            if (clause.isPresent()) {
                query.add(clause.get(), Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : text.phrases()) {
            List<String> terms = analysis.plainTerms(phrase);
            if (!terms.isEmpty()) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                for (String field : List.of(ArticleFields.TITLE, ArticleFields.TEXT)) {
                    anyField.add(terms.size() == 1 ? new TermQuery(new Term(field, terms.getFirst()))
                        : new PhraseQuery(field, terms.toArray(String[]::new)), Occur.SHOULD);
                }
                query.add(anyField.build(), Occur.MUST);
                clauses++;
            }
        }
        if (clauses == 0) {
            return Optional.empty();
        }
        return Optional.of(withHelpfulness(query.build()));
    }

    /** Articles about what a customer wrote, in the customer's language. */
    Optional<Query> about(String text, Language language) {
        String field = language == Language.NL ? ArticleFields.TEXT_NL : ArticleFields.TEXT_EN;
        String title = language == Language.NL ? ArticleFields.TITLE_NL : ArticleFields.TITLE_EN;
        Set<String> terms = new LinkedHashSet<>(language == Language.NL ? analysis.dutchTerms(text) : analysis.englishTerms(text));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            if (term.length() < 3 || clauses == MAX_ABOUT_TERMS) {
                continue;
            }
            query.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(title, term)), 2f), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return Optional.empty();
        }
        // one shared word is chance; two is a subject
        query.setMinimumNumberShouldMatch(Math.min(2, clauses));
        return Optional.of(withHelpfulness(query.build()));
    }

    private Query withHelpfulness(Query relevance) {
        return new BooleanQuery.Builder()
            .add(relevance, Occur.MUST)
            .add(FeatureField.newSaturationQuery(ArticleFields.FEATURES, ArticleFields.HELPFULNESS, 0.5f, 0.5f), Occur.SHOULD)
            .build();
    }

    /** Whether searching near spellings could find more. */
    boolean hasTypoCandidates(QueryText text) {
        return text.words().stream().anyMatch(word -> analysis.plainTerms(word).stream()
            .anyMatch(term -> term.length() >= TYPO_MIN_LENGTH));
    }

    private Optional<Query> wordOrSynonym(String typed, boolean stillTyping, boolean typos) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (String word : synonyms.of(typed)) {
            Optional<Query> clause = word(word, stillTyping && word.equalsIgnoreCase(typed), typos);
            if (clause.isPresent()) {
                any.add(clause.get(), Occur.SHOULD);
                found = true;
            }
        }
        return found ? Optional.of(any.build()) : Optional.empty();
    }

    private Optional<Query> word(String word, boolean stillTyping, boolean typos) {
        List<String> terms = analysis.plainTerms(word);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        if (terms.size() > 1) {
            // "e-mail" or "1,7": its pieces next to each other
            anyField.add(new PhraseQuery(ArticleFields.TEXT, terms.toArray(String[]::new)), Occur.SHOULD);
            anyField.add(new BoostQuery(new PhraseQuery(ArticleFields.TITLE, terms.toArray(String[]::new)), 2f), Occur.SHOULD);
            return Optional.of(anyField.build());
        }
        String term = terms.getFirst();
        anyField.add(new TermQuery(new Term(ArticleFields.TEXT, term)), Occur.SHOULD);
        anyField.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE, term)), 3f), Occur.SHOULD);
        analysis.dutchTerms(word).forEach(stem -> {
            anyField.add(new TermQuery(new Term(ArticleFields.TEXT_NL, stem)), Occur.SHOULD);
            anyField.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE_NL, stem)), 2f), Occur.SHOULD);
        });
        analysis.englishTerms(word).forEach(stem -> {
            anyField.add(new TermQuery(new Term(ArticleFields.TEXT_EN, stem)), Occur.SHOULD);
            anyField.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE_EN, stem)), 2f), Occur.SHOULD);
        });
        if (typos && term.length() >= TYPO_MIN_LENGTH) {
            int edits = term.length() >= TWO_EDITS_FROM ? 2 : 1;
            for (String field : List.of(ArticleFields.TEXT, ArticleFields.TITLE)) {
                // the first letter fixed: far fewer terms to visit, and typos rarely hit it
                anyField.add(new BoostQuery(new FuzzyQuery(new Term(field, term), edits, 1), 0.5f), Occur.SHOULD);
            }
        }
        if (stillTyping && term.length() >= PREFIX_MIN_LENGTH) {
            for (String field : List.of(ArticleFields.TEXT, ArticleFields.TITLE)) {
                anyField.add(new BoostQuery(new PrefixQuery(new Term(field, term)), 0.7f), Occur.SHOULD);
            }
        }
        return Optional.of(anyField.build());
    }
}
