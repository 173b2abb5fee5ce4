package org.loyaldesk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.spam.Calibration;
import org.loyaldesk.channel.email.spam.SpamFeatures;
import org.loyaldesk.channel.email.spam.SpamModel;
import org.loyaldesk.channel.email.spam.SpamTrainer;

/**
 * Trains the spam model reproducibly and prints its evaluation. On the 80% training split: 5-fold
 * cross-validation gives every training message a score from a model that did not see it; Platt
 * scaling and the threshold (at most {@value #MAX_HAM_MISFILED_IN_TRAINING} of ham misfiled there)
 * are fitted on those scores. The model trained on the whole training split is then evaluated once
 * on the 20% test split. {@code --write} replaces src/main/resources/email/spam-model.tsv.
 * The defaults (alpha 0.02, features in at least 2 messages, the 30,000 most informative) were
 * chosen by the cross-validated recall at that ham rate, not by the test split; -Dalpha,
 * -DminDocuments and -DmaxFeatures try others.
 * Run with bench/spam-eval.sh.
 */
public final class SpamModelTraining {

    static final int MAX_FEATURES = 30_000;
    static final int MIN_DOCUMENTS = 2;
    static final double ALPHA = 0.02;
    static final double MAX_HAM_MISFILED_IN_TRAINING = 0.005;
    static final int FOLDS = 5;
    static final Path MODEL_FILE = Path.of("src", "main", "resources", "email", "spam-model.tsv");

    record Example(Set<String> features, boolean spam, String folder) {
    }

    public static void main(String[] args) throws IOException {
        if (!SpamAssassinCorpus.present()) {
            System.out.println("SKIPPED: " + SpamAssassinCorpus.howToGetIt());
            return;
        }
        int maxFeatures = Integer.getInteger("maxFeatures", MAX_FEATURES);
        int minDocuments = Integer.getInteger("minDocuments", MIN_DOCUMENTS);
        double alpha = Double.parseDouble(System.getProperty("alpha", String.valueOf(ALPHA)));
        MailParser parser = new MailParser();
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (SpamAssassinCorpus.Sample sample : SpamAssassinCorpus.all()) {
            Example example = new Example(SpamFeatures.of(parser.parse(sample.bytes())), sample.spam(), sample.folder());
            (sample.test() ? test : train).add(example);
        }
        System.out.printf("split: train %d (spam %d), test %d (spam %d); max features %d, min documents %d, alpha %.2f%n",
            train.size(), train.stream().filter(Example::spam).count(), test.size(), test.stream().filter(Example::spam).count(),
            maxFeatures, minDocuments, alpha);

        double[] outOfFold = new double[train.size()];
        boolean[] labels = new boolean[train.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            SpamTrainer trainer = new SpamTrainer(maxFeatures, minDocuments, alpha);
            for (int i = 0; i < train.size(); i++) {
                if (i % FOLDS != fold) {
                    trainer.add(train.get(i).features(), train.get(i).spam());
                }
            }
            SpamModel foldModel = trainer.build(new Calibration(1, 0, 0.5));
            for (int i = fold; i < train.size(); i += FOLDS) {
                outOfFold[i] = foldModel.logOdds(train.get(i).features());
                labels[i] = train.get(i).spam();
            }
        }
        Calibration calibration = Calibration.fit(outOfFold, labels, MAX_HAM_MISFILED_IN_TRAINING);
        System.out.printf(Locale.ROOT, "calibration: a=%.4f b=%.4f threshold=%.4f%n", calibration.a(), calibration.b(),
            calibration.threshold());
        report("cross-validated training split", outOfFold, labels, calibration);

        SpamTrainer trainer = new SpamTrainer(maxFeatures, minDocuments, alpha);
        train.forEach(example -> trainer.add(example.features(), example.spam()));
        SpamModel model = trainer.build(calibration);
        double[] testScores = new double[test.size()];
        boolean[] testLabels = new boolean[test.size()];
        for (int i = 0; i < test.size(); i++) {
            testScores[i] = model.logOdds(test.get(i).features());
            testLabels[i] = test.get(i).spam();
        }
        report("TEST split", testScores, testLabels, calibration);
        for (String folder : SpamAssassinCorpus.FOLDERS) {
            long total = test.stream().filter(example -> example.folder().equals(folder)).count();
            long calledSpam = 0;
            for (int i = 0; i < test.size(); i++) {
                if (test.get(i).folder().equals(folder) && calibration.probability(testScores[i]) >= calibration.threshold()) {
                    calledSpam++;
                }
            }
            System.out.printf("  test %-10s %4d messages, %4d called spam%n", folder, total, calledSpam);
        }
        if (List.of(args).contains("--write")) {
            try (Writer out = Files.newBufferedWriter(MODEL_FILE, StandardCharsets.UTF_8)) {
                model.write(out);
            }
            System.out.printf("wrote %s: %d features, %d bytes%n", MODEL_FILE, model.vocabularySize(), Files.size(MODEL_FILE));
        }
    }

    private static void report(String name, double[] logOdds, boolean[] spam, Calibration calibration) {
        long truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0;
        for (int i = 0; i < logOdds.length; i++) {
            boolean calledSpam = calibration.probability(logOdds[i]) >= calibration.threshold();
            if (calledSpam) {
                if (spam[i]) truePositive++; else falsePositive++;
            } else {
                if (spam[i]) falseNegative++; else trueNegative++;
            }
        }
        System.out.printf(Locale.ROOT,
            "%s: spam recall %.4f, precision %.4f, ham misfiled as spam %.4f (%d of %d), spam missed %d of %d, AUC %.4f%n",
            name, truePositive / (double) (truePositive + falseNegative), truePositive / (double) Math.max(1, truePositive + falsePositive),
            falsePositive / (double) (falsePositive + trueNegative), falsePositive, falsePositive + trueNegative,
            falseNegative, truePositive + falseNegative, auc(logOdds, spam));
    }

    /** The chance that a random spam scores above a random ham (ties count half). */
    private static double auc(double[] scores, boolean[] spam) {
        double above = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!spam[i]) {
                continue;
            }
            for (int j = 0; j < scores.length; j++) {
                if (!spam[j]) {
                    above += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        return above / pairs;
    }
}
