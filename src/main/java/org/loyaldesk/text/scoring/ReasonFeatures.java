package org.loyaldesk.text.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Features for telling contact reasons apart: words, word pairs, and the letter groups inside words,
 * which let "bezorging" help with "bezorgd" and "refunded" with "refund", in Dutch and English alike.
 */
public final class ReasonFeatures {

    private static final int LONGEST_TEXT = 4_000;

    private final int bits;

    public ReasonFeatures(int bits) {
        this.bits = bits;
    }

    public int dimension() {
        return 1 << bits;
    }

    public FeatureVector of(String text) {
        FeatureVector x = new FeatureVector();
        List<String> words = words(text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) : text);
        String previous = "<s>";
        for (String word : words) {
            x.add(FeatureHashing.slot("w:" + word, bits), 1f, word);
            x.add(FeatureHashing.slot("b:" + previous + " " + word, bits), 1f, previous + " " + word);
            String padded = " " + word + " ";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    x.add(FeatureHashing.slot("c:" + padded.substring(i, i + n), bits), 0.5f, word);
                }
            }
            previous = word;
        }
        if (x.size() > 0) {
            x.scale(0, (float) (1 / Math.sqrt(x.size())));
        }
        return x;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
