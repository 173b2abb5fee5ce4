package org.loyaldesk.bench;

import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.bench.Datasets.Sample;
import org.loyaldesk.text.TextLanguage;
import org.loyaldesk.text.scoring.FeatureVector;
import org.loyaldesk.text.scoring.LinearModel;
import org.loyaldesk.text.scoring.LogisticRegression;
import org.loyaldesk.text.scoring.LogisticRegression.Example;
import org.loyaldesk.text.scoring.MessageFeatures;
import org.loyaldesk.text.scoring.MessageReader;
import org.loyaldesk.text.scoring.ReadMessage;
import org.loyaldesk.text.scoring.Training;

/**
 * NOT SHIPPED, reference only: how a Dutch word model would do if it could learn from the research-use
 * SemEval reviews (trained on four fifths of the reviews, tested on the held-out fifth). Kept in memory,
 * never written to disk, so that no shipped artefact derives from research-use data.
 */
final class DutchReference {

    private final MessageReader reader;
    private final MessageFeatures features;

    DutchReference(MessageReader reader) {
        this.reader = reader;
        this.features = new MessageFeatures(TrainTextModels.WORD_BITS, reader.rules(TextLanguage.NL));
    }

    void print() {
        List<Example> examples = new ArrayList<>();
        for (Sample sample : SentimentData.dutchNotHeldOut()) {
            examples.add(new Example(vector(sample.text()), sample.value(), 1));
        }
        LinearModel model = LogisticRegression.train(examples, TrainTextModels.WORD_BITS, features.dimension(),
            Training.defaults());
        Metrics metrics = new Metrics();
        for (Sample sample : SentimentData.dutchHeldOut()) {
            metrics.add(model.probability(vector(sample.text())) > 0.5, sample.value() > 0.5);
        }
        SentimentEvaluation.line("NOT SHIPPED reference: Dutch word model trained on the other SemEval reviews, held-out fifth",
            metrics);
    }

    private FeatureVector vector(String text) {
        ReadMessage message = reader.read(text, TextLanguage.NL);
        return features.of(message.tokens(), message.reading());
    }
}
