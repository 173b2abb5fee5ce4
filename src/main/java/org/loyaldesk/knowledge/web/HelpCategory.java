package org.loyaldesk.knowledge.web;

import java.util.List;

import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.Category;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.platform.Language;

/** A category or section as a help-centre page lists it, in one language, with its links made. */
record HelpCategory(String name, String description, String url, List<Link> articles) {

    record Link(String title, String url) {
    }

    static HelpCategory of(Category category, Language language, List<Article> articles) {
        return new HelpCategory(category.name(language), category.description(language),
            HelpLinks.category(language, category.slug(language)), articles.stream()
                .map(article -> new Link(article.title(), HelpLinks.article(language, article.slug()))).toList());
    }

    public List<Link> first(int count) {
        return articles.size() > count ? articles.subList(0, count) : articles;
    }
}
