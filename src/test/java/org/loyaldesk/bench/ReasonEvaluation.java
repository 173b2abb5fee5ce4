package org.loyaldesk.bench;

import java.util.List;
import java.util.Locale;

import org.loyaldesk.bench.Datasets.Sample;
import org.loyaldesk.text.LabelledText;
import org.loyaldesk.text.ReasonClassifier;

/** The contact-reason algorithm on Banking77: trained on its train split, tested on its test split. */
final class ReasonEvaluation {

    private ReasonEvaluation() {
    }

    static void print(int bits) {
        List<Sample> train = Datasets.banking77("train");
        List<Sample> test = Datasets.banking77("test");
        List<String> intents = train.stream().map(Sample::label).distinct().sorted().toList();
        long started = System.nanoTime();
        ReasonClassifier classifier = ReasonClassifier.train(intents,
            train.stream().map(s -> new LabelledText(s.text(), s.label())).toList(), bits);
        double seconds = (System.nanoTime() - started) / 1e9;
        int correct = 0;
        int inTopThree = 0;
        for (Sample sample : test) {
            var suggestion = classifier.suggest(sample.text()).orElseThrow();
            correct += suggestion.reason().equals(sample.label()) ? 1 : 0;
            inTopThree += suggestion.reason().equals(sample.label())
                || suggestion.alternatives().stream().limit(2).anyMatch(a -> a.reason().equals(sample.label())) ? 1 : 0;
        }
        System.out.println(String.format(Locale.ROOT,
            "%-110s n=%d accuracy=%.3f top3=%.3f (%d intents, %d training texts, 2^%d slots, trained in %.1f s)",
            "Contact reason, Banking77 test split, trained on its train split", test.size(), (double) correct / test.size(),
            (double) inTopThree / test.size(), intents.size(), train.size(), bits, seconds));
    }
}
