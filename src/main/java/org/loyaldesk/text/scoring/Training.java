package org.loyaldesk.text.scoring;

/**
 * How a linear model is trained: passes over the examples, AdaGrad's learning rate, L2 shrinkage,
 * and the seed of the shuffle that makes a run reproducible.
 */
public record Training(int epochs, double learningRate, double l2, long seed) {

    public static Training defaults() {
        return new Training(10, 0.1, 1e-6, 42);
    }
}
