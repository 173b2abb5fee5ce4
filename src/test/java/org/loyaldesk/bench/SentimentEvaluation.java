package org.loyaldesk.bench;

import java.util.List;
import java.util.Locale;

import org.loyaldesk.bench.Datasets.Sample;
import org.loyaldesk.text.TextLanguage;
import org.loyaldesk.text.scoring.MessageScorer;

/** Evaluates sentiment and anger scores on the held-out data, as the users see them (sign, 0.5 line). */
final class SentimentEvaluation {

    private final MessageScorer scorer;

    SentimentEvaluation(MessageScorer scorer) {
        this.scorer = scorer;
    }

    void printAll() {
        line("English positive/negative, UCI sentences held out", polarity(SentimentData.uciHeldOut(), TextLanguage.EN));
        for (String set : Datasets.VADER_SETS) {
            line("English positive/negative, VADER " + set + " held out (|valence| >= " + SentimentData.VADER_NEUTRAL + ")",
                polarity(SentimentData.vaderHeldOut(set), TextLanguage.EN));
        }
        line("Dutch positive/negative, SemEval-2016 reviews held-out fifth (shipped model, never trained on SemEval)",
            polarity(SentimentData.dutchHeldOut(), TextLanguage.NL));
        line("Dutch positive/negative, all SemEval-2016 sentences (shipped model, never trained on SemEval)",
            polarity(Datasets.dutchReviews(), TextLanguage.NL));
        line("Anger vs not (GoEmotions anger+annoyance), test split, English",
            anger(Datasets.goEmotions("test", SentimentData.ANGER_LABELS)));
        line("Anger vs not (GoEmotions 'anger' alone, annoyance counts as not angry), test split, same model",
            anger(Datasets.goEmotions("test", java.util.Set.of(2))));
    }

    Metrics polarity(List<Sample> samples, TextLanguage language) {
        Metrics metrics = new Metrics();
        for (Sample sample : samples) {
            metrics.add(scorer.score(sample.text(), language).sentiment() > 0, sample.value() > 0.5);
        }
        return metrics;
    }

    Metrics anger(List<Sample> samples) {
        Metrics metrics = new Metrics();
        for (Sample sample : samples) {
            metrics.add(scorer.score(sample.text(), TextLanguage.EN).anger() >= 0.5, sample.value() > 0.5);
        }
        return metrics;
    }

    static void line(String what, Metrics metrics) {
        System.out.println(String.format(Locale.ROOT, "%-110s %s", what, metrics));
    }
}
