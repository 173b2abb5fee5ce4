package org.loyaldesk.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The churn model in use, with how good it is.
 *
 * @param learned    fitted on marked customers; false for the prior weights
 * @param auc        AUC on held-out customers (cross-validated for a learned model), null without labels of both kinds
 * @param labelled   customers it was judged on, and {@code churned} of them had left
 * @param fingerprint what the data looked like when it was trained, to know when to train again
 */
public record ChurnModel(double[] means, double[] scales, double[] weights, double bias, boolean learned, Double auc,
                         int labelled, int churned, Instant trainedAt, String fingerprint) {

    public static ChurnModel prior() {
        ChurnFeature[] features = ChurnFeature.values();
        double[] weights = new double[features.length];
        double[] scales = new double[features.length];
        for (int j = 0; j < features.length; j++) {
            weights[j] = features[j].prior();
            scales[j] = 1;
        }
        return new ChurnModel(new double[features.length], scales, weights, ChurnFeature.PRIOR_BIAS, false, null, 0, 0,
            null, "");
    }

    LogisticRegression regression() {
        return new LogisticRegression(means, scales, weights, bias);
    }

    /** A reason the customer may leave, and how much it adds to the log-odds. */
    public record Reason(ChurnFeature feature, double value, double weight) {

        /** It adds to the risk, and the customer's value is something a lead can act on. */
        public boolean speaks() {
            return weight > 0 && feature.speaks(value);
        }

        /** The reason in words with its evidence: "2 negative survey answers in the last year". */
        public Dashboard.Phrase phrase() {
            return Dashboard.Phrase.of("insight.reason." + feature.code(), feature.evidence(value));
        }
    }

    public double risk(double[] features) {
        return regression().probability(features);
    }

    /** The features that push this customer's risk up most, strongest first. */
    public List<Reason> reasons(double[] features) {
        LogisticRegression regression = regression();
        List<Reason> reasons = new ArrayList<>();
        ChurnFeature[] all = ChurnFeature.values();
        for (int j = 0; j < all.length; j++) {
            double weight = regression.contribution(features, j);
            Reason reason = new Reason(all[j], Math.round(features[j] * 100) / 100.0, Math.round(weight * 100) / 100.0);
            if (weight > 0.1 && reason.speaks()) {
                reasons.add(reason);
            }
        }
        reasons.sort(Comparator.comparingDouble(Reason::weight).reversed());
        return reasons.size() > 4 ? reasons.subList(0, 4) : reasons;
    }

    ChurnModel judged(Double auc, int labelled, int churned, Instant at, String fingerprint) {
        return new ChurnModel(means, scales, weights, bias, learned, auc, labelled, churned, at, fingerprint);
    }
}
