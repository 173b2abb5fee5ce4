package org.loyaldesk.channel.email.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A trained binarized multinomial Naive Bayes model: for each feature, in how many spam and ham
 * messages it occurred; weights are derived from those counts with Laplace smoothing when the model
 * is built or read. Stored as readable tab-separated text, so a change to it can be reviewed.
 */
public final class SpamModel {

    static final String FORMAT = "loyaldesk-spam-nb-2";

    private final long spamDocuments;
    private final long hamDocuments;
    private final double alpha;
    private final Calibration calibration;
    private final Map<String, long[]> counts;
    private final Map<String, Double> weights;
    private final double prior;

    SpamModel(long spamDocuments, long hamDocuments, double alpha, Calibration calibration, Map<String, long[]> counts) {
        this.spamDocuments = spamDocuments;
        this.hamDocuments = hamDocuments;
        this.alpha = alpha;
        this.calibration = calibration;
        this.counts = counts;
        this.prior = Math.log((double) spamDocuments / hamDocuments);
        long spamTotal = counts.values().stream().mapToLong(count -> count[0]).sum();
        long hamTotal = counts.values().stream().mapToLong(count -> count[1]).sum();
        double vocabulary = counts.size();
        this.weights = new HashMap<>(counts.size() * 2);
        counts.forEach((feature, count) -> weights.put(feature,
            Math.log((count[0] + alpha) / (spamTotal + alpha * vocabulary))
                - Math.log((count[1] + alpha) / (hamTotal + alpha * vocabulary))));
    }

    /** The log-odds of spam: prior plus the weights of the known features present. */
    public double logOdds(Collection<String> features) {
        double sum = prior;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return sum;
    }

    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public Calibration calibration() {
        return calibration;
    }

    public int vocabularySize() {
        return counts.size();
    }

    public void write(Writer out) throws IOException {
        out.write("# Loyaldesk spam model: binarized multinomial Naive Bayes; per feature the number of spam and ham\n");
        out.write("# training messages it occurred in. Trained on the Apache SpamAssassin public corpus (see NOTICE).\n");
        out.write("# Lines starting with @ describe the model (no feature starts with @); the others are: feature, spam, ham.\n");
        out.write("@format\t" + FORMAT + "\n");
        out.write("@documents\t" + spamDocuments + "\t" + hamDocuments + "\n");
        out.write("@alpha\t" + alpha + "\n");
        out.write(String.format(Locale.ROOT, "@calibration\t%.6f\t%.6f\t%.6f%n", calibration.a(), calibration.b(),
            calibration.threshold()));
        for (Map.Entry<String, long[]> feature : counts.entrySet()) {
            out.write(feature.getKey() + "\t" + feature.getValue()[0] + "\t" + feature.getValue()[1] + "\n");
        }
    }

    public static SpamModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long spam = 0, ham = 0;
        double alpha = 1;
        Calibration calibration = null;
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            switch (fields[0]) {
                case "@format" -> {
                    if (!fields[1].equals(FORMAT)) {
                        throw new IOException("unknown spam model format " + fields[1]);
                    }
                }
                case "@documents" -> {
                    spam = Long.parseLong(fields[1]);
                    ham = Long.parseLong(fields[2]);
                }
                case "@alpha" -> alpha = Double.parseDouble(fields[1]);
                case "@calibration" -> calibration = new Calibration(Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
                default -> counts.put(fields[0], new long[] { Long.parseLong(fields[1]), Long.parseLong(fields[2]) });
            }
        }
        if (spam == 0 || ham == 0 || calibration == null) {
            throw new IOException("incomplete spam model");
        }
        return new SpamModel(spam, ham, alpha, calibration, counts);
    }
}
