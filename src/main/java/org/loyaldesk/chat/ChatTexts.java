package org.loyaldesk.chat;

import java.util.Locale;

import org.loyaldesk.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the chat itself says (the bot, notices in the chat), in the chat's language, from the message bundles. */
@Component
class ChatTexts {

    private final MessageSource messages;

    ChatTexts(MessageSource messages) {
        this.messages = messages;
    }

    String say(Language language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language.code()));
    }

    /**
     * A text for the widget to fill in itself: its {@code {0}} stays a placeholder. A text with a placeholder is
     * formatted (so its doubled apostrophes become single ones), a text without is taken as written.
     */
    String template(Language language, String key) {
        Locale locale = Locale.forLanguageTag(language.code());
        String plain = messages.getMessage(key, null, locale);
        return plain.contains("{0}") ? messages.getMessage(key, new Object[] { "{0}" }, locale) : plain;
    }
}
