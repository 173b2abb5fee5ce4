package org.loyaldesk.knowledge;

import org.loyaldesk.platform.Language;

/** The help centre's clean URLs, in one place. */
public final class HelpLinks {

    private HelpLinks() {
    }

    public static String home(Language language) {
        return "/help/" + language.code();
    }

    public static String article(Language language, String slug) {
        return home(language) + "/" + slug;
    }

    public static String category(Language language, String slug) {
        return home(language) + (language == Language.NL ? "/categorie/" : "/category/") + slug;
    }

    /** The team's page of an article, where internal ones and drafts are read and edited. */
    public static String forTeam(long articleId) {
        return "/knowledge/articles/" + articleId;
    }

    public static String search(Language language) {
        return home(language) + (language == Language.NL ? "/zoeken" : "/search");
    }
}
