package org.loyaldesk.text.scoring;

import java.util.List;

/** A message cut into tokens and read by the rules of its language: the input of every learned model. */
public record ReadMessage(List<Token> tokens, Reading reading, LanguageRules rules) {

    public boolean isEmpty() {
        return tokens.stream().noneMatch(t -> t.isWord() || t.kind() == Token.Kind.EMOJI);
    }
}
