package org.loyaldesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.loyaldesk.bench.Datasets.Sample;

/**
 * Which permissively licensed texts train the shipped sentiment and anger models, and which
 * held-out texts evaluate them. Research-use and share-alike sets are only ever evaluated on.
 */
final class SentimentData {

    /** GoEmotions label indices (labels.txt): 2 = anger, 3 = annoyance. */
    static final Set<Integer> ANGER_LABELS = Set.of(2, 3);

    /** VADER texts within this distance of 0 count as neutral and are left out of positive/negative accuracy. */
    static final double VADER_NEUTRAL = 0.5;

    private SentimentData() {
    }

    /** Training texts with a soft target 0..1: UCI sentences and VADER ground truth, minus the held-out fifth. */
    static List<Sample> sentimentTraining() {
        List<Sample> training = new ArrayList<>();
        for (Sample s : Datasets.uciSentences()) {
            if (!Datasets.heldOut(s.text())) {
                training.add(new Sample(s.text(), s.value() > 0 ? 0.95 : 0.05, null, s.group()));
            }
        }
        for (String set : Datasets.VADER_SETS) {
            for (Sample s : Datasets.vaderGroundTruth(set)) {
                if (!Datasets.heldOut(s.text())) {
                    training.add(new Sample(s.text(), 0.5 + 0.5 * Math.max(-1, Math.min(1, s.value() / 3)), null, set));
                }
            }
        }
        return training;
    }

    static List<Sample> uciHeldOut() {
        return Datasets.uciSentences().stream().filter(s -> Datasets.heldOut(s.text())).toList();
    }

    /** Held-out VADER texts of one set that are clearly positive or negative; value 1 positive, 0 negative. */
    static List<Sample> vaderHeldOut(String set) {
        return Datasets.vaderGroundTruth(set).stream()
            .filter(s -> Datasets.heldOut(s.text()) && Math.abs(s.value()) >= VADER_NEUTRAL)
            .map(s -> new Sample(s.text(), s.value() > 0 ? 1 : 0, null, set)).toList();
    }

    static List<Sample> dutchHeldOut() {
        return Datasets.dutchReviews().stream().filter(s -> Datasets.heldOut(s.group())).toList();
    }

    static List<Sample> dutchNotHeldOut() {
        return Datasets.dutchReviews().stream().filter(s -> !Datasets.heldOut(s.group())).toList();
    }
}
