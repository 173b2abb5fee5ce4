package org.loyaldesk.text.scoring;

import java.util.List;

/**
 * Turns a read message into features for the learned models: a few language-neutral signals from
 * the rules (lexicon score, anger words, capitals, exclamation marks), and, for a model that learned
 * words, hashed words and word pairs, where a word in the reach of a negation is a different word.
 */
public final class MessageFeatures {

    /** The language-neutral signals, in slot order; a model trained on English data applies them to Dutch too. */
    public static final List<String> SIGNALS = List.of("lexicon", "positive words", "negative words",
        "anger words", "capitals", "exclamation marks", "question marks");

    private static final int NEGATION_REACH = 3;

    private final int bits;
    private final LanguageRules rules;

    /**
     * @param bits  log2 of the number of word slots; 0 for a model of signals only
     * @param rules the language's negations and intensifiers (may be null when bits is 0)
     */
    public MessageFeatures(int bits, LanguageRules rules) {
        this.bits = bits;
        this.rules = rules;
    }

    public int dimension() {
        return SIGNALS.size() + (bits == 0 ? 0 : 1 << bits);
    }

    public FeatureVector of(List<Token> tokens, Reading reading) {
        FeatureVector x = new FeatureVector();
        double positive = reading.positiveSum();
        double negative = reading.negativeSum();
        double anger = reading.angerSum();
        x.add(0, (float) reading.lexiconScore(), SIGNALS.get(0));
        x.add(1, (float) (positive / (positive + 4)), SIGNALS.get(1));
        x.add(2, (float) (negative / (negative + 4)), SIGNALS.get(2));
        x.add(3, (float) (anger / (anger + 3)), SIGNALS.get(3));
        x.add(4, (float) reading.shouting(), SIGNALS.get(4));
        x.add(5, Math.min(reading.exclamations(), 5) / 5f, SIGNALS.get(5));
        x.add(6, Math.min(reading.questions(), 3) / 3f, SIGNALS.get(6));
        if (bits > 0) {
            addWords(tokens, x);
        }
        return x;
    }

    private void addWords(List<Token> tokens, FeatureVector x) {
        int first = x.size();
        int negatedUntil = -1;
        String previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.endsClause()) {
                negatedUntil = -1;
                previous = null;
                if (token.kind() != Token.Kind.BREAK) {
                    add("w:" + token.text(), token.text(), x);
                }
                continue;
            }
            // Negations and intensifiers act through the words they modify (and the rules), not as words of
            // their own: otherwise "not" learns to be negative and "not bad" could never come out positive.
            if (rules.negations().contains(token.text()) || token.text().endsWith("n't")) {
                negatedUntil = i + NEGATION_REACH;
                continue;
            }
            if (rules.boosters().contains(token.text())) {
                continue;
            }
            String word = i <= negatedUntil ? "not " + token.text() : token.text();
            add("w:" + word, word, x);
            if (previous != null) {
                add("b:" + previous + " " + word, previous + " " + word, x);
            }
            previous = word;
        }
        int words = x.size() - first;
        if (words > 0) {
            x.scale(first, (float) (1 / Math.sqrt(words)));
        }
    }

    private void add(String feature, String term, FeatureVector x) {
        x.add(SIGNALS.size() + FeatureHashing.slot(feature, bits), 1f, term);
    }
}
