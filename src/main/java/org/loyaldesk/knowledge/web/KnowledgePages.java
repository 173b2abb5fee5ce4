package org.loyaldesk.knowledge.web;

import java.util.List;

import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.ArticleStatus;
import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.KnowledgeSearch;
import org.loyaldesk.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team's view of the knowledge base: every article in both languages, drafts and internal
 * ones included, with how readers rated them, and a search over them as agents see it.
 */
@Controller
class KnowledgePages {

    private static final int PAGE = 50;
    private static final int HITS = 20;

    private final Articles articles;
    private final Categories categories;
    private final KnowledgeSearch search;

    KnowledgePages(Articles articles, Categories categories, KnowledgeSearch search) {
        this.articles = articles;
        this.categories = categories;
        this.search = search;
    }

    @GetMapping("/knowledge")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int offset,
                Model model) {
        Language chosenLanguage = "nl".equals(language) || "en".equals(language) ? Language.of(language) : null;
        ArticleStatus chosenStatus = status(status);
        int from = Math.max(0, offset);
        // one more than a page tells whether there is a next page
        List<Article> rows = articles.list(chosenLanguage, chosenStatus, null, from, PAGE + 1);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("language", chosenLanguage == null ? "" : chosenLanguage.code());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.code());
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("statuses", List.of(ArticleStatus.values()));
        model.addAttribute("articles", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("offset", from);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("more", rows.size() > PAGE);
        model.addAttribute("categoryNames", CategoryNames.of(categories.all()));
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.search(q, null, KnowledgeSearch.Audience.TEAM, HITS, false));
            } catch (IllegalArgumentException e) {
                model.addAttribute("errorKey", "kb.team.search.invalid");
            }
        }
        return "knowledge/team-list";
    }

    private static ArticleStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
