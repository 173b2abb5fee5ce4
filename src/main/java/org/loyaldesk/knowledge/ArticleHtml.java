package org.loyaldesk.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one gate for article HTML: what an editor pastes is cleaned on save to text markup, links
 * and images, so that no script, event handler, style or frame ever reaches a reader. Cleaning
 * happens once, when the article is stored, so every page that shows it can trust it.
 */
final class ArticleHtml {

    /** Relative links (to other articles, to the article's own files) are kept relative. */
    private static final String BASE = "https://help.invalid/";
    private static final Safelist ALLOWED = Safelist.relaxed()
        .removeTags("span", "div")
        .addProtocols("a", "href", "mailto", "tel")
        .addEnforcedAttribute("a", "rel", "nofollow noopener")
        .preserveRelativeLinks(true);

    private ArticleHtml() {
    }

    record Cleaned(String html, boolean changed) {
    }

    static Cleaned clean(String html) {
        String input = html == null ? "" : html;
        String cleaned = Jsoup.clean(input, BASE, ALLOWED, new Document.OutputSettings().prettyPrint(false))
            .replace(BASE, "/");
        return new Cleaned(cleaned, !Jsoup.isValid(input, ALLOWED));
    }

    /** The words a reader sees, for search and snippets. */
    static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }
}
