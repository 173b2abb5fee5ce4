package org.loyaldesk.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.loyaldesk.platform.Language;
import org.loyaldesk.text.Highlights;
import org.loyaldesk.text.QueryText;
import org.springframework.stereotype.Service;

/**
 * Searching the published articles: the help centre's box (customers see public articles only),
 * the agents' search, and suggestions for what a customer wrote.
 */
@Service
public class KnowledgeSearch {

    public static final int MAX_LIMIT = 50;
    private static final float CLOSE_TO_BEST = 0.4f;
    /** Fewer exact matches than this, and near spellings are searched too. */
    private static final int FEW = 3;
    private static final Set<String> STORED = Set.of(ArticleFields.ID, ArticleFields.LANGUAGE, ArticleFields.SLUG,
        ArticleFields.TITLE, ArticleFields.SUMMARY, ArticleFields.INTERNAL);

    /** Who is searching: a customer sees public articles only, the team sees internal ones too. */
    public enum Audience { CUSTOMERS, TEAM }

    private final KnowledgeIndex index;
    private final ArticleQueries queries;
    private final Highlights snippets;

    KnowledgeSearch(KnowledgeIndex index, Synonyms synonyms) {
        this.index = index;
        this.queries = new ArticleQueries(index.analysis(), synonyms);
        LinkedHashMap<String, String> storedFor = new LinkedHashMap<>();
        storedFor.put(ArticleFields.TEXT, ArticleFields.BODY);
        storedFor.put(ArticleFields.TEXT_NL, ArticleFields.BODY);
        storedFor.put(ArticleFields.TEXT_EN, ArticleFields.BODY);
        this.snippets = new Highlights(index.analysis(), storedFor, ArticleFields.BODY);
    }

    /**
     * @param language    only articles in this language; null for both
     * @param stillTyping the last word may be unfinished (results as you type)
     */
    public ArticleSearchResults search(String text, Language language, Audience audience, int limit, boolean stillTyping) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        QueryText parsed = QueryText.parse(text);
        Optional<Query> exact = queries.typed(parsed, stillTyping, false);
        if (exact.isEmpty()) {
            return new ArticleSearchResults(text, List.of(), 0);
        }
        ArticleSearchResults found = run(exact.get(), language, audience, limit, text, 0, true);
        if (found.total() < FEW && queries.hasTypoCandidates(parsed)) {
            return run(queries.typed(parsed, stillTyping, true).orElseThrow(), language, audience, limit, text, 0, true);
        }
        return found;
    }

    /** Published public articles about what a customer wrote, in the customer's language; titles only, no snippets. */
    public List<ArticleHit> about(String customerText, Language language, int limit) {
        if (customerText == null || customerText.isBlank()) {
            return List.of();
        }
        return queries.about(customerText, language)
            .map(query -> run(query, language, Audience.CUSTOMERS, limit, null, CLOSE_TO_BEST, false).hits())
            .orElse(List.of());
    }

    /**
     * @param closeToBest only hits scoring at least this share of the best one: a message shares
     *                    a word or two with many articles, and those are noise beside the one it is about
     */
    private ArticleSearchResults run(Query text, Language language, Audience audience, int limit, String typed,
                                     float closeToBest, boolean withSnippets) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (language != null) {
            filtered.add(new TermQuery(new Term(ArticleFields.LANGUAGE, language.code())), Occur.FILTER);
        }
        if (audience == Audience.CUSTOMERS) {
            filtered.add(new TermQuery(new Term(ArticleFields.INTERNAL, "false")), Occur.FILTER);
        }
        Query query = filtered.build();
        return index.read(searcher -> {
            TopDocs top = searcher.search(query, limit);
            float floor = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score * closeToBest;
            int[] docIds = java.util.Arrays.stream(top.scoreDocs).filter(doc -> doc.score >= floor)
                .mapToInt(doc -> doc.doc).toArray();
            // near spellings and beginnings are highlighted as the words they matched
            List<String> marked = withSnippets ? snippets.of(searcher, searcher.rewrite(query), docIds)
                : java.util.Collections.nCopies(docIds.length, null);
            return new ArticleSearchResults(typed, hits(searcher, docIds, marked), top.totalHits.value());
        });
    }

    private static List<ArticleHit> hits(IndexSearcher searcher, int[] docIds, List<String> marked) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<ArticleHit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            Document document = stored.document(docIds[i], STORED);
            String language = document.get(ArticleFields.LANGUAGE);
            String slug = document.get(ArticleFields.SLUG);
            long id = Long.parseLong(document.get(ArticleFields.ID));
            boolean internal = Boolean.parseBoolean(document.get(ArticleFields.INTERNAL));
            hits.add(new ArticleHit(id, language, slug, document.get(ArticleFields.TITLE),
                document.get(ArticleFields.SUMMARY), marked.get(i),
                internal ? HelpLinks.forTeam(id) : HelpLinks.article(Language.of(language), slug)));
        }
        return hits;
    }
}
