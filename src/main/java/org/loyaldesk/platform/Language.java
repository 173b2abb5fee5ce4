package org.loyaldesk.platform;

import java.util.Locale;

/** The languages Loyaldesk's interface and text analysis speak. */
public enum Language {
    NL, EN;

    /** The cookie that keeps a browser's interface language. */
    public static final String COOKIE = "loyaldesk-lang";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Dutch for a Dutch tag, English for anything else: English is the lingua franca fallback. */
    public static Language of(String tag) {
        if (tag == null || tag.isBlank()) {
            return EN;
        }
        return tag.trim().toLowerCase(Locale.ROOT).startsWith("nl") ? NL : EN;
    }
}
