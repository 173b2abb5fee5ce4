package org.loyaldesk.knowledge.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.Category;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** The help centre's pages for search engines: every public article and category, in both languages. */
@RestController
class Sitemap {

    private final Articles articles;
    private final Categories categories;
    private final LoyaldeskProperties properties;

    Sitemap(Articles articles, Categories categories, LoyaldeskProperties properties) {
        this.articles = articles;
        this.categories = categories;
        this.properties = properties;
    }

    @GetMapping(value = { "/sitemap.xml", "/help/sitemap.xml" }, produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap(HttpServletRequest request) {
        String base = properties.publicUrl() != null && !properties.publicUrl().isBlank()
            ? properties.publicUrl().replaceAll("/+$", "")
            : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Language language : Language.values()) {
            url(xml, base + HelpLinks.home(language), null);
            for (Category category : categories.all()) {
                url(xml, base + HelpLinks.category(language, category.slug(language)), null);
            }
            for (Article article : articles.allPublic(language)) {
                url(xml, base + HelpLinks.article(language, article.slug()),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(article.updatedAt().atOffset(ZoneOffset.UTC)));
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String location, String modified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
