package org.loyaldesk.text.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

import org.loyaldesk.text.Contribution;

/**
 * Turns a model's contributions into words a person recognises: the weight of a lexicon signal is
 * shared out over the words that made it, in proportion to their values.
 */
final class Explaining {

    private static final int SHOWN = 8;

    private Explaining() {
    }

    static List<Contribution> explain(List<Contribution> modelContributions, Reading reading) {
        Map<String, Double> byTerm = new LinkedHashMap<>();
        for (Contribution c : modelContributions) {
            switch (c.term()) {
                case "lexicon" -> share(c.weight(), reading.valence(), w -> true, byTerm);
                case "positive words" -> share(c.weight(), reading.valence(), w -> w > 0, byTerm);
                case "negative words" -> share(c.weight(), reading.valence(), w -> w < 0, byTerm);
                case "anger words" -> share(c.weight(), reading.anger(), w -> true, byTerm);
                default -> byTerm.merge(c.term(), c.weight(), Double::sum);
            }
        }
        List<Contribution> explained = new ArrayList<>();
        byTerm.forEach((term, weight) -> {
            if (Math.abs(weight) >= 0.005) {
                explained.add(new Contribution(term, Math.round(weight * 1000) / 1000.0));
            }
        });
        explained.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())));
        return explained.size() > SHOWN ? List.copyOf(explained.subList(0, SHOWN)) : List.copyOf(explained);
    }

    private static void share(double weight, List<Contribution> terms, DoublePredicate which,
                              Map<String, Double> byTerm) {
        double total = terms.stream().mapToDouble(Contribution::weight).filter(which).sum();
        if (total == 0) {
            return;
        }
        for (Contribution term : terms) {
            if (which.test(term.weight())) {
                byTerm.merge(term.term(), weight * term.weight() / total, Double::sum);
            }
        }
    }
}
