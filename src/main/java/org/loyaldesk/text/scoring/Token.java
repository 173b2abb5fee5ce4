package org.loyaldesk.text.scoring;

/**
 * One unit of a message as the scorers see it.
 *
 * @param text    lower-cased word, the emoji or emoticon itself, or the punctuation mark
 * @param shouted the writer typed this word in capitals (two letters or more)
 */
public record Token(String text, Kind kind, boolean shouted) {

    public enum Kind { WORD, EMOJI, EXCLAMATION, QUESTION, BREAK }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Punctuation that ends a clause, and with it the reach of a negation or an intensifier. */
    public boolean endsClause() {
        return kind == Kind.BREAK || kind == Kind.QUESTION || kind == Kind.EXCLAMATION;
    }
}
