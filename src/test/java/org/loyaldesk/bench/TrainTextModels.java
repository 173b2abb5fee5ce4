package org.loyaldesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.bench.Datasets.Sample;
import org.loyaldesk.text.TextLanguage;
import org.loyaldesk.text.scoring.FeatureVector;
import org.loyaldesk.text.scoring.LinearModel;
import org.loyaldesk.text.scoring.LogisticRegression;
import org.loyaldesk.text.scoring.LogisticRegression.Example;
import org.loyaldesk.text.scoring.MessageFeatures;
import org.loyaldesk.text.scoring.MessageReader;
import org.loyaldesk.text.scoring.MessageScorer;
import org.loyaldesk.text.scoring.ReadMessage;
import org.loyaldesk.text.scoring.ScoringModels;
import org.loyaldesk.text.scoring.Training;

/**
 * Trains the shipped sentiment and anger models from permissively licensed data only (UCI sentences
 * CC BY 4.0, VADER ground truth MIT, GoEmotions CC BY 4.0), writes them to src/main/resources/text/model/
 * and prints their scores on held-out data. Run by bench/train-text-models.sh; the same seed gives the same files.
 */
public final class TrainTextModels {

    static final int WORD_BITS = 18;
    static final Path OUTPUT = Path.of("src/main/resources/text/model");

    private final MessageReader reader = MessageReader.load();
    private final MessageFeatures wordFeatures = new MessageFeatures(WORD_BITS, reader.rules(TextLanguage.EN));

    public static void main(String[] args) throws IOException {
        new TrainTextModels().run();
    }

    private void run() throws IOException {
        long started = System.nanoTime();
        List<Sample> sentiment = SentimentData.sentimentTraining();
        List<Sample> angerTrain = Datasets.goEmotions("train", SentimentData.ANGER_LABELS);
        List<Sample> angerDev = Datasets.goEmotions("dev", SentimentData.ANGER_LABELS);
        System.out.printf("training on %d sentiment texts and %d GoEmotions texts%n", sentiment.size(), angerTrain.size());

        Training options = Training.defaults();
        LinearModel sentimentWords = train(sentiment, wordFeatures, options, 1);
        LinearModel sentimentSignals = train(sentiment, ScoringModels.SIGNAL_FEATURES, options, 1);
        // Angry texts are rare (about one in eight): they count more, so the model does not learn to ignore them.
        LinearModel angerWords = train(angerTrain, wordFeatures, options, 4);
        LinearModel angerSignals = train(angerTrain, ScoringModels.SIGNAL_FEATURES, options, 4);
        double wordsThreshold = bestThreshold(angerWords, wordFeatures, angerDev);
        double signalsThreshold = bestThreshold(angerSignals, ScoringModels.SIGNAL_FEATURES, angerDev);

        Files.createDirectories(OUTPUT);
        write(sentimentWords, "sentiment-words.model");
        write(sentimentSignals, "sentiment-signals.model");
        write(angerWords, "anger-words.model");
        write(angerSignals, "anger-signals.model");
        Files.writeString(OUTPUT.resolve(ScoringModels.SETTINGS), String.format(Locale.ROOT,
            "# Anger probability thresholds with the best F1 on the GoEmotions dev split (written by TrainTextModels)%n"
                + "words=%.4f%nsignals=%.4f%n", wordsThreshold, signalsThreshold));
        System.out.printf("trained and written in %.1f s%n", (System.nanoTime() - started) / 1e9);

        MessageScorer scorer = new MessageScorer(reader, new ScoringModels(sentimentWords, sentimentSignals, angerWords,
            angerSignals, wordsThreshold, signalsThreshold));
        new SentimentEvaluation(scorer).printAll();
        new DutchReference(reader).print();
    }

    LinearModel train(List<Sample> samples, MessageFeatures features, Training options, double positiveImportance) {
        List<Example> examples = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            ReadMessage message = reader.read(sample.text(), TextLanguage.EN);
            FeatureVector x = features.of(message.tokens(), message.reading());
            examples.add(new Example(x, sample.value(), sample.value() > 0.5 ? positiveImportance : 1));
        }
        return LogisticRegression.train(examples, features == ScoringModels.SIGNAL_FEATURES ? 0 : WORD_BITS,
            features.dimension(), options);
    }

    private double bestThreshold(LinearModel model, MessageFeatures features, List<Sample> dev) {
        double[] probabilities = new double[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            ReadMessage message = reader.read(dev.get(i).text(), TextLanguage.EN);
            probabilities[i] = model.probability(features.of(message.tokens(), message.reading()));
        }
        double best = 0.5;
        double bestF1 = -1;
        for (double threshold = 0.05; threshold < 0.96; threshold += 0.01) {
            Metrics metrics = new Metrics();
            for (int i = 0; i < dev.size(); i++) {
                metrics.add(probabilities[i] >= threshold, dev.get(i).value() > 0.5);
            }
            if (metrics.f1() > bestF1) {
                bestF1 = metrics.f1();
                best = threshold;
            }
        }
        System.out.printf(Locale.ROOT, "anger threshold %.2f (dev F1 %.3f)%n", best, bestF1);
        return best;
    }

    private static void write(LinearModel model, String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(OUTPUT.resolve(name))) {
            model.write(out);
        }
        System.out.printf("wrote %s (%d bytes)%n", OUTPUT.resolve(name), Files.size(OUTPUT.resolve(name)));
    }
}
