package org.loyaldesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * Spellings of one word a few edits away, in several fields at once. A {@link FuzzyQuery} builds
 * its Levenshtein automata when it is rewritten and shares them between the index's segments, but
 * not with the same word's query on another field; those automata depend on the word alone and
 * were most of a typo search's cost, built once per field. The queries made here build them once.
 */
final class NearSpellings {

    private NearSpellings() {
    }

    /** One query per field, each like {@code new FuzzyQuery(new Term(field, word), edits, prefix)}. */
    static List<Query> of(List<String> fields, String word, int edits, int prefix) {
        SharedAutomata automata = new SharedAutomata();
        return fields.stream().<Query>map(field -> new OnField(new Term(field, word), edits, prefix, automata)).toList();
    }

    private static final class OnField extends FuzzyQuery {

        private final SharedAutomata automata;

        OnField(Term term, int edits, int prefix, SharedAutomata automata) {
            super(term, edits, prefix);
            this.automata = automata;
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
            automata.lendTo(atts);
            TermsEnum spellings = super.getTermsEnum(terms, atts);
            automata.keepFrom(atts);
            return spellings;
        }
    }

    /**
     * The attribute in which {@link FuzzyTermsEnum} keeps its automata for the segments after the first,
     * handed on to the next field. Only that attribute: the others carry one field's state of collecting
     * terms. Should Lucene keep its automata elsewhere one day, nothing is shared and each field builds its
     * own, as before.
     */
    private static final class SharedAutomata {

        private final List<AttributeImpl> kept = new ArrayList<>();

        void lendTo(AttributeSource atts) {
            // an attribute the source has already is left alone, so a field's own automata are never replaced
            kept.forEach(atts::addAttributeImpl);
        }

        void keepFrom(AttributeSource atts) {
            if (kept.isEmpty()) {
                atts.getAttributeImplsIterator().forEachRemaining(impl -> {
                    if (impl.getClass().getEnclosingClass() == FuzzyTermsEnum.class) {
                        kept.add(impl);
                    }
                });
            }
        }
    }
}
