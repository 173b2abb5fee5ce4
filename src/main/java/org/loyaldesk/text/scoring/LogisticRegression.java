package org.loyaldesk.text.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Trains a {@link LinearModel} on examples with soft targets; the same seed gives the same model. */
public final class LogisticRegression {

    /** @param target the wanted probability, 0..1; @param importance how much this example counts */
    public record Example(FeatureVector x, double target, double importance) {
    }

    private LogisticRegression() {
    }

    public static LinearModel train(List<Example> examples, int bits, int dimension, Training options) {
        LinearModel model = new LinearModel(bits, dimension);
        float[] squaredGradients = new float[dimension + 1];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                model.learn(example.x(), example.target(), example.importance(), squaredGradients, options);
            }
        }
        return model;
    }
}
