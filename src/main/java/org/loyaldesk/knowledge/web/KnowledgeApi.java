package org.loyaldesk.knowledge.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.ArticleInput;
import org.loyaldesk.knowledge.ArticleSearchResults;
import org.loyaldesk.knowledge.ArticleStatus;
import org.loyaldesk.knowledge.ArticleSuggestions;
import org.loyaldesk.knowledge.ArticleVersion;
import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.Category;
import org.loyaldesk.knowledge.CategoryInput;
import org.loyaldesk.knowledge.ConversationToArticle;
import org.loyaldesk.knowledge.KnowledgeIndexRebuild;
import org.loyaldesk.knowledge.KnowledgeSearch;
import org.loyaldesk.knowledge.SelfService;
import org.loyaldesk.knowledge.SelfServiceReport;
import org.loyaldesk.knowledge.Synonyms;
import org.loyaldesk.platform.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The knowledge base over REST: articles, their versions, categories, search, suggestions and synonyms. */
@RestController
@Tag(name = "Knowledge base")
class KnowledgeApi {

    private final Articles articles;
    private final Categories categories;
    private final KnowledgeSearch search;
    private final ArticleSuggestions suggestions;
    private final ConversationToArticle drafts;
    private final Synonyms synonyms;
    private final KnowledgeIndexRebuild rebuild;
    private final SelfServiceReport selfService;

    KnowledgeApi(Articles articles, Categories categories, KnowledgeSearch search, ArticleSuggestions suggestions,
                 ConversationToArticle drafts, Synonyms synonyms, KnowledgeIndexRebuild rebuild,
                 SelfServiceReport selfService) {
        this.articles = articles;
        this.categories = categories;
        this.search = search;
        this.suggestions = suggestions;
        this.drafts = drafts;
        this.synonyms = synonyms;
        this.rebuild = rebuild;
        this.selfService = selfService;
    }

    @Operation(summary = "List articles, newest change first", description = "Filters: language (nl, en), status "
        + "(draft, published, archived), categoryId.")
    @GetMapping("/api/v1/articles")
    List<Article> list(@RequestParam(required = false) String language, @RequestParam(required = false) String status,
                       @RequestParam(required = false) Long categoryId, @RequestParam(defaultValue = "0") int offset,
                       @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset is 0 or more and limit between 1 and 500");
        }
        return articles.list(language == null ? null : languageOf(language),
            status == null ? null : ArticleStatus.fromCode(status), categoryId, offset, limit);
    }

    @Operation(summary = "Create an article", description = "Its HTML is cleaned on save: scripts, event handlers, "
        + "styles and frames are removed ('htmlCleaned' tells whether anything was). A slug is made from the title "
        + "when left out; a slug another article of the language has answers 409. Give 'translationOf' to add the "
        + "other language of an existing article.")
    @PostMapping("/api/v1/articles")
    ResponseEntity<Articles.Saved> create(@RequestBody ArticleInput input) {
        Articles.Saved saved = articles.create(input);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + saved.article().id())).body(saved);
    }

    @GetMapping("/api/v1/articles/{id}")
    Article get(@PathVariable long id) {
        return articles.get(id);
    }

    @Operation(summary = "Change an article", description = "Fields left out keep their value. Send the 'version' you "
        + "edited: if someone saved in between, the answer is 409 and nothing is overwritten. Every save is a new "
        + "version that can be restored.")
    @PutMapping("/api/v1/articles/{id}")
    Articles.Saved update(@PathVariable long id, @RequestBody ArticleInput input) {
        return articles.update(id, input);
    }

    @Operation(summary = "Archive an article", description = "Takes it out of the help centre and suggestions; it is "
        + "kept with all its versions and can be published again.")
    @DeleteMapping("/api/v1/articles/{id}")
    Articles.Saved archive(@PathVariable long id) {
        return articles.update(id, new ArticleInput(null, null, null, null, null, "archived", null, null, null, null));
    }

    @GetMapping("/api/v1/articles/{id}/versions")
    List<ArticleVersion> versions(@PathVariable long id) {
        return articles.versions(id);
    }

    @Operation(summary = "Make an older version the current one", description = "Saved as a new version: the versions "
        + "in between stay.")
    @PostMapping("/api/v1/articles/{id}/versions/{version}/restore")
    Article restore(@PathVariable long id, @PathVariable int version) {
        return articles.restore(id, version);
    }

    @Operation(summary = "Search published articles", description = "Every word must match (or a synonym): in the "
        + "title or text, as written, in its Dutch or English word forms, as part of a Dutch compound, or spelled "
        + "nearly so. 'typing=true' also matches the beginning of the last word (results as you type). Internal "
        + "articles are included: this is the team's search. Any text is a valid query.")
    @GetMapping("/api/v1/articles/search")
    ArticleSearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
                                @RequestParam(defaultValue = "10") int limit,
                                @RequestParam(defaultValue = "false") boolean typing) {
        return search.search(q, language == null ? null : languageOf(language), KnowledgeSearch.Audience.TEAM, limit,
            typing);
    }

    @Operation(summary = "Articles for a conversation", description = "Public articles about what the customer wrote "
        + "last, in the customer's language.")
    @GetMapping("/api/v1/conversations/{conversationId}/article-suggestions")
    ArticleSuggestions.Suggestions suggestions(@PathVariable long conversationId) {
        return suggestions.forConversation(conversationId);
    }

    /** What an agent inserted. */
    record Insert(Long conversationId) {
    }

    @Operation(summary = "Record that an article's link went into a reply")
    @PostMapping("/api/v1/articles/{id}/inserts")
    ResponseEntity<Void> inserted(@PathVariable long id, @RequestBody Insert insert) {
        if (insert.conversationId() == null) {
            throw new IllegalArgumentException("'conversationId' is required");
        }
        suggestions.inserted(id, insert.conversationId());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Turn a conversation into a draft article", description = "The customer's question and the "
        + "last answer, with the customer's names, addresses, phone numbers and order numbers left out.")
    @PostMapping("/api/v1/conversations/{conversationId}/article-draft")
    ResponseEntity<Articles.Saved> draft(@PathVariable long conversationId) {
        Articles.Saved saved = drafts.draft(conversationId);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + saved.article().id())).body(saved);
    }

    @GetMapping("/api/v1/article-categories")
    List<Category> categories() {
        return categories.all();
    }

    @PostMapping("/api/v1/article-categories")
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    ResponseEntity<Category> createCategory(@RequestBody CategoryInput input) {
        Category category = categories.create(input);
        return ResponseEntity.created(URI.create("/api/v1/article-categories/" + category.id())).body(category);
    }

    @Operation(summary = "The search synonyms", description = "Groups of words that mean the same to search, such as "
        + "[\"retour\", \"terugsturen\"].")
    @GetMapping("/api/v1/knowledge/synonyms")
    List<List<String>> synonyms() {
        return synonyms.groups();
    }

    @Operation(summary = "Replace the search synonyms (admin)", description = "Works at once; no rebuild needed.")
    @PutMapping("/api/v1/knowledge/synonyms")
    @PreAuthorize("hasRole('ADMIN')")
    List<List<String>> replaceSynonyms(@RequestBody List<List<String>> groups) {
        return synonyms.replace(groups);
    }

    @Operation(summary = "Rebuild the article index from the database (admin)",
        description = "Needed only after restoring a database backup.")
    @PostMapping("/api/v1/knowledge/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    Rebuilt rebuild() {
        return new Rebuilt(rebuild.rebuild());
    }

    record Rebuilt(int articles) {
    }

    @Operation(summary = "Self-service figures", description = "Help-centre visitors, deflected visitors (no contact "
        + "within 24 hours), per article, searches without results and articles voted 'no', over the last weeks.")
    @GetMapping("/api/v1/knowledge/self-service")
    SelfService selfService(@RequestParam(defaultValue = "4") int weeks) {
        if (weeks < 1 || weeks > 104) {
            throw new IllegalArgumentException("weeks is between 1 and 104");
        }
        return selfService.since(Instant.now().minus(Duration.ofDays(7L * weeks)));
    }

    private static Language languageOf(String code) {
        if (!"nl".equalsIgnoreCase(code.trim()) && !"en".equalsIgnoreCase(code.trim())) {
            throw new IllegalArgumentException("language is 'nl' or 'en'; got '" + code + "'");
        }
        return Language.of(code);
    }
}
