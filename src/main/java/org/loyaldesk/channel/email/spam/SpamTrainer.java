package org.loyaldesk.channel.email.spam;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts in how many spam and ham messages each feature occurs, then keeps the features that
 * tell the two apart best (mutual information between the feature's presence and the label), so
 * the model stays small and ignores words that occur everywhere or almost nowhere.
 */
public final class SpamTrainer {

    private final int maxFeatures;
    private final int minDocuments;
    private final double alpha;
    private final Map<String, long[]> counts = new HashMap<>();
    private long spamDocuments;
    private long hamDocuments;

    public SpamTrainer(int maxFeatures, int minDocuments, double alpha) {
        this.maxFeatures = maxFeatures;
        this.minDocuments = minDocuments;
        this.alpha = alpha;
    }

    public void add(Set<String> features, boolean spam) {
        if (spam) {
            spamDocuments++;
        } else {
            hamDocuments++;
        }
        for (String feature : features) {
            counts.computeIfAbsent(feature, ignored -> new long[2])[spam ? 0 : 1]++;
        }
    }

    /** A model with the given calibration; train, score held-out mail, fit a {@link Calibration}, then build again with it. */
    public SpamModel build(Calibration calibration) {
        Map<String, long[]> selected = new LinkedHashMap<>();
        counts.entrySet().stream()
            .filter(feature -> feature.getValue()[0] + feature.getValue()[1] >= minDocuments)
            .sorted(Comparator.comparingDouble((Map.Entry<String, long[]> feature) -> -informationGain(feature.getValue()))
                .thenComparing(Map.Entry::getKey))
            .limit(maxFeatures)
            .forEach(feature -> selected.put(feature.getKey(), feature.getValue()));
        return new SpamModel(spamDocuments, hamDocuments, alpha, calibration, selected);
    }

    private double informationGain(long[] count) {
        double total = spamDocuments + hamDocuments;
        double gain = 0;
        long[][] cells = { { count[0], count[1] }, { spamDocuments - count[0], hamDocuments - count[1] } };
        for (long[] presence : cells) {
            double presenceTotal = presence[0] + presence[1];
            for (int label = 0; label < 2; label++) {
                double joint = presence[label] / total;
                double labelShare = (label == 0 ? spamDocuments : hamDocuments) / total;
                if (joint > 0) {
                    gain += joint * Math.log(joint / (presenceTotal / total * labelShare));
                }
            }
        }
        return gain;
    }
}
