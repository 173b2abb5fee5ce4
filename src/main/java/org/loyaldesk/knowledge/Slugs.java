package org.loyaldesk.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The readable last part of an article's URL: lower-case letters, digits and single hyphens. */
final class Slugs {

    static final int MAX_LENGTH = 120;
    /** Paths of the help centre itself, which an article cannot take. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("zoeken", "search", "suggest", "sitemap",
        "contact", "categorie", "category", "files");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** "Je espressomachine ontkalken!" becomes "je-espressomachine-ontkalken"; accents are dropped. */
    static String fromTitle(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() || RESERVED.contains(slug) ? "article-" + slug : slug;
    }

    static String checked(String slug) {
        String trimmed = slug.trim();
        if (trimmed.length() > MAX_LENGTH || !VALID.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("A slug is at most " + MAX_LENGTH
                + " lower-case letters, digits and single hyphens, such as 'descaling-your-machine'; got '"
                + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed) + "'");
        }
        if (RESERVED.contains(trimmed)) {
            throw new IllegalArgumentException("'" + trimmed + "' is a page of the help centre itself; choose another slug");
        }
        return trimmed;
    }
}
