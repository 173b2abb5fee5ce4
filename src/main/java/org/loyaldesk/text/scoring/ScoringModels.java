package org.loyaldesk.text.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The four trained models behind sentiment and anger, and the anger thresholds that were chosen on
 * held-out data. The training tool writes them into src/main/resources/text/model/.
 *
 * @param wordsAngerThreshold   probability from which the word model calls a message angry
 * @param signalsAngerThreshold the same for the model of language-neutral signals
 */
public record ScoringModels(LinearModel sentimentWithWords, LinearModel sentimentFromSignals,
                            LinearModel angerWithWords, LinearModel angerFromSignals,
                            double wordsAngerThreshold, double signalsAngerThreshold) {

    public static final String DIRECTORY = "/text/model/";
    public static final String SETTINGS = "anger-thresholds.properties";
    public static final MessageFeatures SIGNAL_FEATURES = new MessageFeatures(0, null);

    public static ScoringModels load() {
        Properties settings = new Properties();
        try (InputStream in = resource(SETTINGS)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScoringModels(model("sentiment-words.model"), model("sentiment-signals.model"),
            model("anger-words.model"), model("anger-signals.model"),
            Double.parseDouble(settings.getProperty("words")), Double.parseDouble(settings.getProperty("signals")));
    }

    public int wordBits() {
        return sentimentWithWords.bits();
    }

    /**
     * Maps the anger probability so that the model's threshold lands on 0.5 while 0 and 1 stay put:
     * an agent reads "above one half" as angry, whatever base rate the training data had.
     */
    public double calibratedAnger(double probability, boolean words) {
        double threshold = words ? wordsAngerThreshold : signalsAngerThreshold;
        return Math.pow(probability, Math.log(0.5) / Math.log(threshold));
    }

    private static LinearModel model(String name) {
        try (InputStream in = resource(name)) {
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ScoringModels.class.getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException("Missing model " + DIRECTORY + name + "; run bench/train-text-models.sh");
        }
        return in;
    }
}
