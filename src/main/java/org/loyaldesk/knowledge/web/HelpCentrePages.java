package org.loyaldesk.knowledge.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.ArticleHit;
import org.loyaldesk.knowledge.ArticleSearchResults;
import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.Category;
import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.knowledge.HelpCentreVisits;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.knowledge.KnowledgeSearch;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.text.QueryText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public help centre: home, categories, articles, search (also as you type) and "did this
 * help?". Pages speak the language in their URL, whatever the browser's setting, and never set
 * the interface-language cookie: a link to /help/en stays English for everyone.
 */
@Controller
class HelpCentrePages {

    private static final int RESULTS = 10;
    private static final int AS_YOU_TYPE = 6;
    private static final int RELATED = 5;
    private static final int QUESTION_SUGGESTIONS = 4;

    private final Articles articles;
    private final Categories categories;
    private final KnowledgeSearch search;
    private final HelpCentreVisits visits;
    private final HelpCentreSettings settings;

    HelpCentrePages(Articles articles, Categories categories, KnowledgeSearch search, HelpCentreVisits visits,
                    HelpCentreSettings settings) {
        this.articles = articles;
        this.categories = categories;
        this.search = search;
        this.visits = visits;
        this.settings = settings;
    }

    @GetMapping("/help")
    String chooseLanguage(HttpServletRequest request) {
        return "redirect:" + HelpLinks.home(Language.of(request.getLocale().getLanguage()));
    }

    @GetMapping("/help/{lang}")
    String home(@PathVariable String lang, Model model, HttpServletRequest request) {
        Language language = page(lang, model, request);
        List<HelpCategory> shown = new ArrayList<>();
        for (Category category : categories.all()) {
            List<Article> inIt = articles.publicInCategory(category.id(), language);
            if (category.parentId() == null && !inIt.isEmpty()) {
                shown.add(HelpCategory.of(category, language, inIt));
            }
        }
        model.addAttribute("categories", shown);
        model.addAttribute("canonical", HelpLinks.home(language));
        return "knowledge/help-home";
    }

    @GetMapping({ "/help/{lang}/categorie/{slug}", "/help/{lang}/category/{slug}" })
    String category(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletRequest request) {
        Language language = page(lang, model, request);
        Category category = categories.bySlug(language, slug).orElseThrow(() -> new NotFoundException("Category", slug));
        List<Category> sections = categories.all().stream().filter(c -> Long.valueOf(category.id()).equals(c.parentId()))
            .toList();
        List<HelpCategory> parts = new ArrayList<>();
        parts.add(HelpCategory.of(category, language, articles.publicInCategory(category.id(), language)));
        sections.forEach(section -> parts.add(HelpCategory.of(section, language,
            articles.publicInCategory(section.id(), language))));
        model.addAttribute("category", parts.getFirst());
        model.addAttribute("sections", parts.subList(1, parts.size()));
        model.addAttribute("canonical", HelpLinks.category(language, slug));
        model.addAttribute("otherLanguageUrl", HelpLinks.category(other(language), category.slug(other(language))));
        return "knowledge/help-category";
    }

    @GetMapping({ "/help/{lang}/zoeken", "/help/{lang}/search" })
    String search(@PathVariable String lang, @RequestParam(required = false) String q, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        Language language = page(lang, model, request);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            ArticleSearchResults results = find(q, language, RESULTS, false);
            visits.searched(VisitorCookie.of(request, response), q, (int) results.total());
            model.addAttribute("results", results);
        }
        return "knowledge/help-search";
    }

    /**
     * Results as you type: a fragment under the search box; not counted as a search until
     * submitted. With {@code question}, the text is a question being written in the contact form:
     * articles sharing most of its words are found, not only those with every word.
     */
    @GetMapping("/help/{lang}/suggest")
    String suggest(@PathVariable String lang, @RequestParam(required = false) String q,
                   @RequestParam(defaultValue = "false") boolean question, Model model, HttpServletRequest request) {
        Language language = page(lang, model, request);
        model.addAttribute("q", q);
        if (q == null || q.isBlank()) {
            model.addAttribute("hits", List.of());
        } else if (question) {
            String text = q.length() > QueryText.MAX_LENGTH ? q.substring(q.length() - QueryText.MAX_LENGTH) : q;
            model.addAttribute("hits", search.about(text, language, QUESTION_SUGGESTIONS));
        } else {
            model.addAttribute("hits", find(q, language, AS_YOU_TYPE, true).hits());
        }
        return "knowledge/help-fragments :: suggestions";
    }

    @GetMapping("/help/{lang}/{slug}")
    String article(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) String voted,
                   Model model, HttpServletRequest request, HttpServletResponse response) {
        Language language = page(lang, model, request);
        Article article = publicArticle(language, slug);
        visits.read(VisitorCookie.of(request, response), article.id());
        model.addAttribute("article", article);
        model.addAttribute("voted", voted);
        model.addAttribute("related", related(article));
        model.addAttribute("category", article.categoryId() == null ? null : categories.find(article.categoryId())
            .map(category -> HelpCategory.of(category, language, List.of())).orElse(null));
        model.addAttribute("canonical", HelpLinks.article(language, slug));
        articles.translations(article).stream().filter(Article::isPublic).findFirst()
            .ifPresent(translation -> model.addAttribute("otherLanguageUrl",
                HelpLinks.article(translation.language(), translation.slug())));
        return "knowledge/help-article";
    }

    @PostMapping("/help/{lang}/{slug}/feedback")
    String feedback(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) String helpful,
                    @RequestParam(required = false) String comment, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        Language language = page(lang, model, request);
        Article article = publicArticle(language, slug);
        if (!"yes".equals(helpful) && !"no".equals(helpful)) {
            throw new IllegalArgumentException("Answer 'yes' or 'no'");
        }
        visits.voted(VisitorCookie.of(request, response), article.id(), "yes".equals(helpful), comment);
        return "redirect:" + HelpLinks.article(language, slug) + "?voted=" + helpful + "#feedback";
    }

    private ArticleSearchResults find(String q, Language language, int limit, boolean stillTyping) {
        String text = q.length() > QueryText.MAX_LENGTH ? q.substring(0, QueryText.MAX_LENGTH) : q;
        return search.search(text, language, KnowledgeSearch.Audience.CUSTOMERS, limit, stillTyping);
    }

    /** Other articles on the same subject; those of its category when the text shares too little. */
    private List<ArticleHit> related(Article article) {
        List<ArticleHit> related = new ArrayList<>(search.about(article.title() + " " + article.summary(),
            article.language(), RELATED + 1).stream().filter(hit -> hit.id() != article.id()).limit(RELATED).toList());
        if (related.size() < RELATED && article.categoryId() != null) {
            for (Article sibling : articles.publicInCategory(article.categoryId(), article.language())) {
                if (sibling.id() != article.id() && related.stream().noneMatch(hit -> hit.id() == sibling.id())
                    && related.size() < RELATED) {
                    related.add(new ArticleHit(sibling.id(), sibling.language().code(), sibling.slug(), sibling.title(),
                        sibling.summary(), null, HelpLinks.article(sibling.language(), sibling.slug())));
                }
            }
        }
        return related;
    }

    private Article publicArticle(Language language, String slug) {
        return articles.bySlug(language, slug).filter(Article::isPublic)
            .orElseThrow(() -> new NotFoundException("Article", slug));
    }

    private Language page(String lang, Model model, HttpServletRequest request) {
        return HelpPage.open(lang, model, request, settings);
    }

    private static Language other(Language language) {
        return HelpPage.other(language);
    }
}
