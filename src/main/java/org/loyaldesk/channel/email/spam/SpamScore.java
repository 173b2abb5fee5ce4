package org.loyaldesk.channel.email.spam;

import java.util.List;

/**
 * How likely a message is spam (0..1, calibrated on held-out mail), the verdict at the model's
 * threshold, and the features that pushed the score most in the verdict's direction, so an agent
 * can see why something landed in the spam view.
 */
public record SpamScore(double score, boolean isSpam, List<Feature> topFeatures) {

    public SpamScore {
        topFeatures = List.copyOf(topFeatures);
    }

    /** A feature and its weight in the log-odds: positive points to spam, negative to ham. */
    public record Feature(String name, double weight) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s (%+.2f)", name, weight);
        }
    }
}
