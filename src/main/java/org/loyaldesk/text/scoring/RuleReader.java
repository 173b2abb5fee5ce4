package org.loyaldesk.text.scoring;

import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.text.Contribution;

/**
 * Reads sentiment and anger terms the way VADER does: a negation within three words turns a term,
 * an intensifier strengthens it, capitals shout it, and after "but" the rest of the message counts more.
 */
public final class RuleReader {

    private static final int REACH = 3;
    private static final double NEGATION = -0.74;
    private static final double BOOST = 0.293;
    private static final double SHOUT = 0.733;

    private final LanguageRules rules;

    public RuleReader(LanguageRules rules) {
        this.rules = rules;
    }

    public Reading read(List<Token> tokens) {
        List<Contribution> valence = new ArrayList<>();
        List<Contribution> anger = new ArrayList<>();
        int words = 0;
        int shouted = 0;
        int exclamations = 0;
        int questions = 0;
        int contrastAt = -1;
        boolean allShouted = tokens.stream().filter(Token::isWord).allMatch(Token::shouted);
        for (int i = 0; i < tokens.size(); ) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case EXCLAMATION -> exclamations++;
                case QUESTION -> questions++;
                case EMOJI -> addEmoji(token, valence);
                case WORD -> {
                    words++;
                    shouted += token.shouted() ? 1 : 0;
                    if (rules.contrasts().contains(token.text())) {
                        contrastAt = valence.size();
                    }
                }
                default -> { }
            }
            if (!token.isWord()) {
                i++;
                continue;
            }
            readAnger(tokens, i, anger);
            int consumed = readValence(tokens, i, valence, allShouted);
            for (int extra = 1; extra < consumed; extra++) {
                words++;
                shouted += tokens.get(i + extra).shouted() ? 1 : 0;
            }
            i += consumed;
        }
        return new Reading(weighContrast(valence, contrastAt), anger, words, shouted, exclamations, questions);
    }

    private void addEmoji(Token token, List<Contribution> valence) {
        double value = rules.valence().valueOf(token.text());
        if (!Double.isNaN(value)) {
            valence.add(new Contribution(token.text(), value));
        }
    }

    /** Returns how many tokens the matched term covered (at least one). */
    private int readValence(List<Token> tokens, int i, List<Contribution> valence, boolean allShouted) {
        for (int n = Math.min(rules.valence().longestPhrase(), 4); n >= 1; n--) {
            String term = phrase(tokens, i, n);
            if (term == null) {
                continue;
            }
            double value = rules.valence().valueOf(term);
            if (Double.isNaN(value) || (n == 1 && isModifier(tokens, i))) {
                continue;
            }
            valence.add(adjust(tokens, i, term, value, allShouted));
            return n;
        }
        return 1;
    }

    /** A negation or intensifier carries no sentiment of its own while it modifies the next word. */
    private boolean isModifier(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        if (rules.negations().contains(word)) {
            return true;
        }
        return rules.boosters().contains(word) && i + 1 < tokens.size() && tokens.get(i + 1).isWord();
    }

    private Contribution adjust(List<Token> tokens, int i, String term, double value, boolean allShouted) {
        double adjusted = value;
        boolean negated = false;
        for (int back = 1; back <= REACH && i - back >= 0; back++) {
            Token before = tokens.get(i - back);
            if (before.endsClause()) {
                break;
            }
            double boost = rules.boosters().valueOf(before.text());
            if (!Double.isNaN(boost)) {
                adjusted += Math.signum(value) * BOOST * boost * (1 - 0.05 * (back - 1));
            }
            negated |= rules.negations().contains(before.text()) || before.text().endsWith("n't");
        }
        // Capitals only stand out against lower case: a message typed all in capitals is shouting as a whole.
        if (tokens.get(i).shouted() && !allShouted) {
            adjusted += Math.signum(value) * SHOUT;
        }
        if (negated) {
            adjusted *= NEGATION;
        }
        return new Contribution(negated ? "not " + term : term, adjusted);
    }

    private void readAnger(List<Token> tokens, int i, List<Contribution> anger) {
        for (int n = Math.min(rules.anger().longestPhrase(), 4); n >= 1; n--) {
            String term = phrase(tokens, i, n);
            double strength = term == null ? Double.NaN : rules.anger().valueOf(term);
            if (!Double.isNaN(strength)) {
                if (!negatedBefore(tokens, i)) {
                    anger.add(new Contribution(term, tokens.get(i).shouted() ? strength * 1.3 : strength));
                }
                return;
            }
        }
    }

    private boolean negatedBefore(List<Token> tokens, int i) {
        for (int back = 1; back <= REACH && i - back >= 0; back++) {
            Token before = tokens.get(i - back);
            if (before.endsClause()) {
                return false;
            }
            if (rules.negations().contains(before.text()) || before.text().endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The words i..i+n-1 joined by spaces, or null where the message has fewer words there. */
    private static String phrase(List<Token> tokens, int i, int n) {
        if (i + n > tokens.size()) {
            return null;
        }
        if (n == 1) {
            return tokens.get(i).text();
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (!tokens.get(k).isWord()) {
                return null;
            }
            phrase.append(k > i ? " " : "").append(tokens.get(k).text());
        }
        return phrase.toString();
    }

    /** VADER's "but" rule: before the contrast word half the weight, after it one and a half. */
    private static List<Contribution> weighContrast(List<Contribution> valence, int contrastAt) {
        if (contrastAt < 0) {
            return valence;
        }
        List<Contribution> weighed = new ArrayList<>(valence.size());
        for (int k = 0; k < valence.size(); k++) {
            Contribution c = valence.get(k);
            weighed.add(new Contribution(c.term(), c.weight() * (k < contrastAt ? 0.5 : 1.5)));
        }
        return weighed;
    }
}
