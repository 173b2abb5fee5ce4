package org.loyaldesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Sharing the automata between fields must not change which spellings each field finds. */
class NearSpellingsTests {

    private static final List<String> FIELDS = List.of("text", "subject", "people");

    @Test
    void eachFieldFindsTheSpellingsItsOwnFuzzyQueryFinds() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            // one segment per document: the automata are shared between segments as well as fields
            try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
                add(writer, "text", "terugbetaling terugbetalingen betaling");
                add(writer, "subject", "terugbetaald terugbetalen");
                add(writer, "people", "terugbetalnig");
                add(writer, "text", "terugbetalingsverzoek");
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int edits : new int[] { 1, 2 }) {
                    Query shared = anyOf(NearSpellings.of(FIELDS, "terugbetalnig", edits, 1));
                    Query separate = anyOf(FIELDS.stream()
                        .<Query>map(field -> new FuzzyQuery(new Term(field, "terugbetalnig"), edits, 1)).toList());

                    assertThat(searcher.rewrite(shared)).isEqualTo(searcher.rewrite(separate));
                    assertThat(searcher.count(shared)).isEqualTo(searcher.count(separate)).isPositive();
                }
            }
        }
    }

    private static void add(IndexWriter writer, String field, String text) throws Exception {
        Document document = new Document();
        document.add(new TextField(field, text, Field.Store.NO));
        writer.addDocument(document);
        writer.commit();
    }

    private static Query anyOf(List<Query> queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }
}
