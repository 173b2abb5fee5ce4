package org.loyaldesk.text.scoring;

import java.util.Arrays;

/**
 * Multinomial logistic regression over hashed features, trained by AdaGrad one example at a time,
 * so that it can keep learning after its first training (an agent confirms a reason, it learns).
 */
public final class SoftmaxModel {

    private final int classes;
    private final int dimension;
    private final float[] weights;
    private final float[] squaredGradients;
    private final float[] bias;
    private final float[] biasSquaredGradients;

    public SoftmaxModel(int classes, int dimension) {
        this.classes = classes;
        this.dimension = dimension;
        this.weights = new float[classes * dimension];
        this.squaredGradients = new float[classes * dimension];
        this.bias = new float[classes];
        this.biasSquaredGradients = new float[classes];
    }

    public int classes() {
        return classes;
    }

    public double[] probabilities(FeatureVector x) {
        double[] scores = new double[classes];
        for (int k = 0; k < classes; k++) {
            double sum = bias[k];
            int offset = k * dimension;
            for (int i = 0; i < x.size(); i++) {
                sum += weights[offset + x.slot(i)] * x.value(i);
            }
            scores[k] = sum;
        }
        double max = Arrays.stream(scores).max().orElse(0);
        double total = 0;
        for (int k = 0; k < classes; k++) {
            scores[k] = Math.exp(scores[k] - max);
            total += scores[k];
        }
        for (int k = 0; k < classes; k++) {
            scores[k] /= total;
        }
        return scores;
    }

    /** What the features of x add to the score of one class, per feature position. */
    public double contribution(FeatureVector x, int i, int k) {
        return weights[k * dimension + x.slot(i)] * x.value(i);
    }

    public void learn(FeatureVector x, int label, double learningRate, double l2) {
        double[] p = probabilities(x);
        for (int k = 0; k < classes; k++) {
            double error = p[k] - (k == label ? 1 : 0);
            if (Math.abs(error) < 1e-4) {
                continue;
            }
            int offset = k * dimension;
            for (int i = 0; i < x.size(); i++) {
                int at = offset + x.slot(i);
                double gradient = error * x.value(i) + l2 * weights[at];
                squaredGradients[at] += (float) (gradient * gradient);
                weights[at] -= (float) (learningRate * gradient / Math.sqrt(squaredGradients[at] + 1e-8));
            }
            biasSquaredGradients[k] += (float) (error * error);
            bias[k] -= (float) (learningRate * error / Math.sqrt(biasSquaredGradients[k] + 1e-8));
        }
    }
}
