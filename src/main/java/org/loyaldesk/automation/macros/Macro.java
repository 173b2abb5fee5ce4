package org.loyaldesk.automation.macros;

import java.util.Optional;

import org.loyaldesk.platform.Language;

/**
 * A canned reply with its actions. {@code ownerId} null: shared with the whole team; else one agent's own.
 * {@code suggestFor} is the contact reason whose conversations it is offered for first.
 */
public record Macro(long id, String name, Long ownerId, String suggestFor, String textNl, String textEn,
                    MacroActions actions) {

    public boolean isShared() {
        return ownerId == null;
    }

    /** The text in the customer's language, or the other one when the macro has only that. */
    public Optional<String> textFor(Language language) {
        String preferred = language == Language.EN ? textEn : textNl;
        String other = language == Language.EN ? textNl : textEn;
        return Optional.ofNullable(preferred != null ? preferred : other);
    }

    /** Which language {@link #textFor} answers in: the customer's, unless the macro lacks it. */
    public Language languageFor(Language language) {
        String preferred = language == Language.EN ? textEn : textNl;
        if (preferred != null) {
            return language;
        }
        return language == Language.EN ? Language.NL : Language.EN;
    }
}
