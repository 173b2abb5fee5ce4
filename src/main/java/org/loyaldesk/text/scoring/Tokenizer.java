package org.loyaldesk.text.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a message into words, emoji, emoticons and clause punctuation. Hand-written rather than a
 * regular expression because it runs on every message and must keep emoji and ":-(" intact.
 */
public final class Tokenizer {

    /** Emoticons are recognised as whole whitespace-separated chunks, before the chunk is cut into words. */
    private final Set<String> emoticons;

    public Tokenizer(Set<String> emoticons) {
        this.emoticons = emoticons;
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int chunkStart = -1;
        for (int i = 0; i <= length; i++) {
            boolean space = i == length || Character.isWhitespace(text.charAt(i));
            if (space && chunkStart >= 0) {
                chunk(text.substring(chunkStart, i), tokens);
                chunkStart = -1;
            } else if (!space && chunkStart < 0) {
                chunkStart = i;
            }
        }
        return tokens;
    }

    private void chunk(String chunk, List<Token> tokens) {
        if (chunk.length() <= 4 && emoticons.contains(chunk.toLowerCase(Locale.ROOT))) {
            tokens.add(new Token(chunk.toLowerCase(Locale.ROOT), Token.Kind.EMOJI, false));
            return;
        }
        int wordStart = -1;
        for (int i = 0; i < chunk.length(); ) {
            int codePoint = chunk.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) || (wordStart >= 0 && isJoiner(chunk, i, codePoint))) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    word(chunk.substring(wordStart, i), tokens);
                    wordStart = -1;
                }
                symbol(codePoint, tokens);
            }
            i = next;
        }
        if (wordStart >= 0) {
            word(chunk.substring(wordStart), tokens);
        }
    }

    /** An apostrophe or hyphen between letters belongs to the word: "don't", "e-mail", "zo'n". */
    private static boolean isJoiner(String chunk, int i, int codePoint) {
        return (codePoint == '\'' || codePoint == '’' || codePoint == '-') && i + 1 < chunk.length()
            && Character.isLetterOrDigit(chunk.charAt(i + 1));
    }

    private static void word(String word, List<Token> tokens) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        tokens.add(new Token(lower, Token.Kind.WORD, isShouted(word)));
    }

    private static boolean isShouted(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static void symbol(int codePoint, List<Token> tokens) {
        switch (codePoint) {
            case '!' -> tokens.add(new Token("!", Token.Kind.EXCLAMATION, false));
            case '?' -> tokens.add(new Token("?", Token.Kind.QUESTION, false));
            case '.', ',', ';', ':', '(', ')', '"', '…' -> {
                if (tokens.isEmpty() || tokens.getLast().kind() != Token.Kind.BREAK) {
                    tokens.add(new Token(".", Token.Kind.BREAK, false));
                }
            }
            default -> {
                if (Emoji.is(codePoint)) {
                    tokens.add(new Token(Character.toString(codePoint), Token.Kind.EMOJI, false));
                }
            }
        }
    }
}
