package org.loyaldesk.channel.email.spam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.loyaldesk.channel.email.parse.ParsedMail;

/** Scores a parsed message with a {@link SpamModel}; thread-safe. */
public final class SpamFilter {

    public static final String MODEL_RESOURCE = "/email/spam-model.tsv";
    private static final int TOP_FEATURES = 6;

    private final SpamModel model;

    public SpamFilter(SpamModel model) {
        this.model = model;
    }

    /** The filter with the model shipped in the jar, read once. */
    public static SpamFilter standard() {
        return Shipped.FILTER;
    }

    public SpamScore score(ParsedMail mail) {
        return score(SpamFeatures.of(mail));
    }

    SpamScore score(Set<String> features) {
        double probability = model.calibration().probability(model.logOdds(features));
        boolean spam = probability >= model.calibration().threshold();
        Comparator<SpamScore.Feature> strongestForVerdict = Comparator.comparingDouble(
            feature -> spam ? -feature.weight() : feature.weight());
        List<SpamScore.Feature> top = features.stream().map(name -> new SpamScore.Feature(name, model.weight(name)))
            .filter(feature -> spam ? feature.weight() > 0 : feature.weight() < 0)
            .sorted(strongestForVerdict.thenComparing(SpamScore.Feature::name)).limit(TOP_FEATURES).toList();
        return new SpamScore(probability, spam, top);
    }

    public SpamModel model() {
        return model;
    }

    private static final class Shipped {

        static final SpamFilter FILTER = new SpamFilter(load());

        private static SpamModel load() {
            try (InputStream in = SpamFilter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the spam model " + MODEL_RESOURCE + " is missing from the build");
                }
                return SpamModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
