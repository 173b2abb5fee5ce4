package org.loyaldesk.text;

import java.util.Locale;
import java.util.Optional;

import org.loyaldesk.platform.Language;

/** The language a message was written in, as far as text analysis is concerned. */
public enum TextLanguage {
    NL, EN, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The interface language that fits, if Loyaldesk speaks it. */
    public Optional<Language> supported() {
        return this == OTHER ? Optional.empty() : Optional.of(Language.valueOf(name()));
    }

    /** "nl", "nl-BE", "en-GB" and the like; anything else (or nothing) is no hint at all. */
    static Optional<TextLanguage> fromHint(String hint) {
        if (hint == null || hint.isBlank()) {
            return Optional.empty();
        }
        String tag = hint.trim().toLowerCase(Locale.ROOT);
        if (tag.startsWith("nl")) {
            return Optional.of(NL);
        }
        return tag.startsWith("en") ? Optional.of(EN) : Optional.empty();
    }
}
