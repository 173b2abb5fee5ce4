package org.loyaldesk.text.scoring;

import org.loyaldesk.text.TextLanguage;

/** Reads messages with the rules of their language; English rules stand in for languages we have none for. */
public final class MessageReader {

    private final LanguageRules english;
    private final LanguageRules dutch;
    private final Tokenizer tokenizer;

    public MessageReader(LanguageRules english, LanguageRules dutch) {
        this.english = english;
        this.dutch = dutch;
        this.tokenizer = new Tokenizer(Emoticons.of(english.valence()));
    }

    public static MessageReader load() {
        return new MessageReader(LanguageRules.english(), LanguageRules.dutch());
    }

    public LanguageRules rules(TextLanguage language) {
        return language == TextLanguage.NL ? dutch : english;
    }

    public ReadMessage read(String text, TextLanguage language) {
        LanguageRules rules = rules(language);
        var tokens = tokenizer.tokenize(text);
        return new ReadMessage(tokens, new RuleReader(rules).read(tokens), rules);
    }
}
