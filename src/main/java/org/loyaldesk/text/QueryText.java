package org.loyaldesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed in the search box: words, and phrases between double quotes that must
 * appear exactly so. Nothing else has a meaning: "title:(" or a lone quote are just text, so no
 * input can make a query that fails.
 */
public record QueryText(List<String> words, List<String> phrases) {

    /** Far longer than any search anyone types; a longer text is a paste by mistake or an attack. */
    public static final int MAX_LENGTH = 500;
    /** The clauses of one query are bounded, so a long query cannot turn into heavy work. */
    public static final int MAX_PARTS = 32;

    public static QueryText parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Type something to search for ('q' is empty)");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A search is at most " + MAX_LENGTH + " characters");
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        String rest = text.replace('“', '"').replace('”', '"').replace('„', '"');
        int open;
        while ((open = rest.indexOf('"')) >= 0) {
            int close = rest.indexOf('"', open + 1);
            if (close < 0) {
                // an unbalanced quote: what follows is taken as words, as if the quote was not there
                rest = rest.substring(0, open) + " " + rest.substring(open + 1);
                break;
            }
            addWords(rest.substring(0, open), words);
            String phrase = rest.substring(open + 1, close).trim();
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
            rest = rest.substring(close + 1);
        }
        addWords(rest, words);
        return new QueryText(limit(words), limit(phrases));
    }

    private static void addWords(String text, List<String> words) {
        for (String word : text.trim().split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
    }

    private static List<String> limit(List<String> parts) {
        return List.copyOf(parts.size() > MAX_PARTS ? parts.subList(0, MAX_PARTS) : parts);
    }
}
