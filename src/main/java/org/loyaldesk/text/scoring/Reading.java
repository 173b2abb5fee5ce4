package org.loyaldesk.text.scoring;

import java.util.List;

import org.loyaldesk.text.Contribution;

/**
 * What the rules found in a message: the sentiment and anger words with their adjusted values,
 * and the style of writing (capitals, exclamation marks, questions).
 *
 * @param valence       sentiment terms with their value after negation, intensifiers and capitals (-4..4 each)
 * @param anger         anger terms with their strength
 * @param words         number of words
 * @param shoutedWords  words written in capitals
 * @param exclamations  exclamation marks
 * @param questions     question marks
 */
public record Reading(List<Contribution> valence, List<Contribution> anger, int words, int shoutedWords,
                      int exclamations, int questions) {

    /** VADER's normalisation: the sum of valences squeezed into -1..1. */
    public double lexiconScore() {
        double sum = valenceSum();
        double emphasis = Math.min(exclamations, 4) * 0.292 * Math.signum(sum);
        double total = sum + emphasis;
        return total / Math.sqrt(total * total + 15);
    }

    public double valenceSum() {
        return valence.stream().mapToDouble(Contribution::weight).sum();
    }

    public double positiveSum() {
        return valence.stream().mapToDouble(Contribution::weight).filter(w -> w > 0).sum();
    }

    public double negativeSum() {
        return -valence.stream().mapToDouble(Contribution::weight).filter(w -> w < 0).sum();
    }

    public double angerSum() {
        return anger.stream().mapToDouble(Contribution::weight).sum();
    }

    /** Share of words in capitals; a lone acronym in a long message hardly counts. */
    public double shouting() {
        return words < 2 ? 0 : (double) shoutedWords / words;
    }
}
