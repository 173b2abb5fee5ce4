package org.loyaldesk.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.loyaldesk.text.scoring.FeatureVector;
import org.loyaldesk.text.scoring.ReasonFeatures;
import org.loyaldesk.text.scoring.SoftmaxModel;

/**
 * Suggests why a customer got in touch, from a tenant's own list of reasons. It learns from messages
 * whose reason an agent confirmed: all at once ({@link #train}), or one by one as agents confirm
 * them ({@link #learn}); {@link #retrained()} starts afresh from everything it has seen.
 */
public final class ReasonClassifier {

    /** 2^16 slots per reason: a few MB for a dozen reasons, and few collisions for a helpdesk's vocabulary. */
    public static final int DEFAULT_BITS = 16;
    private static final int EPOCHS = 12;
    private static final int INCREMENTAL_STEPS = 3;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-6;
    private static final int ALTERNATIVES = 3;
    private static final int DRIVERS = 5;

    private final List<String> reasons;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final ReasonFeatures features;
    private final SoftmaxModel model;
    private final List<LabelledText> examples = new ArrayList<>();
    private final int bits;

    private ReasonClassifier(List<String> reasons, int bits) {
        this.reasons = List.copyOf(reasons);
        this.bits = bits;
        for (int k = 0; k < this.reasons.size(); k++) {
            indexOf.put(this.reasons.get(k), k);
        }
        this.features = new ReasonFeatures(bits);
        this.model = new SoftmaxModel(this.reasons.size(), features.dimension());
    }

    /** Examples whose reason is not in the list are left out: a tenant may have retired that reason. */
    public static ReasonClassifier train(List<String> reasons, Collection<LabelledText> examples) {
        return train(reasons, examples, DEFAULT_BITS);
    }

    public static ReasonClassifier train(List<String> reasons, Collection<LabelledText> examples, int bits) {
        ReasonClassifier classifier = new ReasonClassifier(reasons, bits);
        List<LabelledText> known = examples.stream()
            .filter(e -> e.text() != null && classifier.indexOf.containsKey(e.reason())).toList();
        classifier.examples.addAll(known);
        List<FeatureVector> vectors = new ArrayList<>(known.size());
        known.forEach(e -> vectors.add(classifier.features.of(e.text())));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            order.add(i);
        }
        Random random = new Random(42);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                classifier.model.learn(vectors.get(i), classifier.indexOf.get(known.get(i).reason()), LEARNING_RATE, L2);
            }
        }
        return classifier;
    }

    /** A classifier for a fresh installation: trained on the examples Loyaldesk ships for the demo reasons. */
    public static ReasonClassifier seeded(List<String> reasons) {
        return train(reasons, SeedExamples.load());
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Learns one confirmed example now, without retraining; it is also kept for the next {@link #retrained()}. */
    public synchronized void learn(LabelledText example) {
        Integer label = indexOf.get(example.reason());
        if (label == null || example.text() == null) {
            return;
        }
        examples.add(example);
        FeatureVector x = features.of(example.text());
        for (int step = 0; step < INCREMENTAL_STEPS; step++) {
            model.learn(x, label, LEARNING_RATE, L2);
        }
    }

    /** A new classifier trained from scratch on everything this one has learned from. */
    public synchronized ReasonClassifier retrained() {
        return train(reasons, List.copyOf(examples), bits);
    }

    public synchronized int exampleCount() {
        return examples.size();
    }

    /** Empty when the text has no words or nothing has been learned yet. */
    public synchronized Optional<ReasonSuggestion> suggest(String text) {
        if (text == null || examples.isEmpty()) {
            return Optional.empty();
        }
        FeatureVector x = features.of(text);
        if (x.size() == 0) {
            return Optional.empty();
        }
        double[] p = model.probabilities(x);
        List<Integer> ranked = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            ranked.add(k);
        }
        ranked.sort(Comparator.comparingDouble(k -> -p[k]));
        int best = ranked.getFirst();
        List<ReasonSuggestion.Alternative> alternatives = ranked.stream().skip(1).limit(ALTERNATIVES)
            .map(k -> new ReasonSuggestion.Alternative(reasons.get(k), round(p[k]))).toList();
        return Optional.of(new ReasonSuggestion(reasons.get(best), round(p[best]), alternatives, drivers(x, best)));
    }

    private List<Contribution> drivers(FeatureVector x, int k) {
        Map<String, Double> byTerm = new LinkedHashMap<>();
        for (int i = 0; i < x.size(); i++) {
            byTerm.merge(x.term(i), model.contribution(x, i, k), Double::sum);
        }
        return byTerm.entrySet().stream().filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(DRIVERS)
            .map(e -> new Contribution(e.getKey(), round(e.getValue()))).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
