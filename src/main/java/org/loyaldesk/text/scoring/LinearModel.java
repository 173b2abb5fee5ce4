package org.loyaldesk.text.scoring;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.loyaldesk.text.Contribution;

/**
 * Binary logistic regression over a {@link FeatureVector}: a probability and the weight each term
 * added to it. Stored as gzipped non-zero weights, so a model of a million slots is a small file.
 */
public final class LinearModel {

    private static final int MAGIC = 0x4C444C4D;

    private final int bits;
    private final float[] weights;
    private float bias;

    public LinearModel(int bits, int dimension) {
        this.bits = bits;
        this.weights = new float[dimension];
    }

    public int bits() {
        return bits;
    }

    public double logit(FeatureVector x) {
        double sum = bias;
        for (int i = 0; i < x.size(); i++) {
            sum += weights[x.slot(i)] * x.value(i);
        }
        return sum;
    }

    public double probability(FeatureVector x) {
        return 1 / (1 + Math.exp(-logit(x)));
    }

    /** What each term added to the logit, strongest first; terms that share a slot are merged by name. */
    public List<Contribution> contributions(FeatureVector x) {
        Map<String, Double> byTerm = new LinkedHashMap<>();
        for (int i = 0; i < x.size(); i++) {
            double weight = weights[x.slot(i)] * x.value(i);
            if (weight != 0) {
                byTerm.merge(x.term(i), weight, Double::sum);
            }
        }
        List<Contribution> contributions = new ArrayList<>(byTerm.size());
        byTerm.forEach((term, weight) -> contributions.add(new Contribution(term, weight)));
        contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())));
        return contributions;
    }

    public double weightOf(int slot) {
        return weights[slot];
    }

    /** One step of AdaGrad on the logistic loss; {@code target} may be soft (0..1). */
    void learn(FeatureVector x, double target, double importance, float[] squaredGradients, Training options) {
        double error = (probability(x) - target) * importance;
        for (int i = 0; i < x.size(); i++) {
            int slot = x.slot(i);
            double gradient = error * x.value(i) + options.l2() * weights[slot];
            squaredGradients[slot] += (float) (gradient * gradient);
            weights[slot] -= (float) (options.learningRate() * gradient / Math.sqrt(squaredGradients[slot] + 1e-8));
        }
        int biasSlot = squaredGradients.length - 1;
        squaredGradients[biasSlot] += (float) (error * error);
        bias -= (float) (options.learningRate() * error / Math.sqrt(squaredGradients[biasSlot] + 1e-8));
    }

    int dimension() {
        return weights.length;
    }

    public void write(OutputStream out) {
        try {
            GZIPOutputStream zipped = new GZIPOutputStream(out);
            DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(zipped, 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(bits);
            data.writeInt(weights.length);
            data.writeFloat(bias);
            int nonZero = 0;
            for (float weight : weights) {
                nonZero += weight != 0 ? 1 : 0;
            }
            data.writeInt(nonZero);
            for (int slot = 0; slot < weights.length; slot++) {
                if (weights[slot] != 0) {
                    data.writeInt(slot);
                    data.writeFloat(weights[slot]);
                }
            }
            data.flush();
            zipped.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LinearModel read(InputStream in) {
        // Buffered: DataInputStream reads four single bytes per int, each of them a call into the inflater otherwise.
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            if (data.readInt() != MAGIC) {
                throw new IllegalStateException("Not a Loyaldesk linear model");
            }
            LinearModel model = new LinearModel(data.readInt(), data.readInt());
            model.bias = data.readFloat();
            int nonZero = data.readInt();
            for (int i = 0; i < nonZero; i++) {
                int slot = data.readInt();
                model.weights[slot] = data.readFloat();
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
