package org.loyaldesk.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The part of a query that can mark words in one field: its clauses on that field, any one of
 * them enough (the hit matched the whole query already). The highlighter checks its query against
 * every hit for every field; given the whole query, it looked up every filter, every other
 * analysis, the names and the tags in the index again for each, which was most of the cost of a
 * search.
 */
final class ClausesOnField {

    private ClausesOnField() {
    }

    /** Empty when no clause of the query is on the field: nothing in it can be marked. */
    static Optional<Query> of(Query query, String field) {
        return switch (query) {
            case BooleanQuery bool -> anyOf(bool.clauses().stream()
                .filter(clause -> clause.occur() == Occur.MUST || clause.occur() == Occur.SHOULD)
                .map(BooleanClause::query).toList(), field);
            case DisjunctionMaxQuery max -> anyOf(List.copyOf(max.getDisjuncts()), field);
            case BoostQuery boost -> of(boost.getQuery(), field);
            case ConstantScoreQuery constant -> of(constant.getQuery(), field);
            // a rewritten query's terms carry statistics of the index; the highlighter reads a single text
            case TermQuery term -> term.getTerm().field().equals(field)
                ? Optional.of(new TermQuery(term.getTerm())) : Optional.empty();
            default -> {
                Set<String> fields = fieldsOf(query);
                yield fields.contains(field) ? Optional.of(query) : Optional.empty();
            }
        };
    }

    private static Optional<Query> anyOf(List<Query> clauses, String field) {
        List<Query> onField = new ArrayList<>();
        clauses.forEach(clause -> of(clause, field).ifPresent(onField::add));
        if (onField.size() < 2) {
            return onField.stream().findFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        onField.forEach(clause -> any.add(clause, Occur.SHOULD));
        return Optional.of(any.build());
    }

    private static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        });
        return fields;
    }
}
