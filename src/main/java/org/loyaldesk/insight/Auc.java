package org.loyaldesk.insight;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The area under the ROC curve: the chance that a customer who left got a higher risk than one
 * who stayed (ties count half). 0.5 is guessing, 1.0 is perfect.
 */
public final class Auc {

    private Auc() {
    }

    public static double of(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    /**
     * AUC on held-out rows: each row is scored by a model fitted on the other folds. Fold of a row is
     * {@code fold[i]} (0 .. folds-1), fixed by the caller so that a rerun gives the same figure.
     */
    public static double crossValidated(double[][] x, boolean[] y, int[] fold, int folds, double penalty) {
        double[] scores = new double[x.length];
        for (int f = 0; f < folds; f++) {
            int held = f;
            int[] train = java.util.stream.IntStream.range(0, x.length).filter(i -> fold[i] != held).toArray();
            double[][] trainX = new double[train.length][];
            boolean[] trainY = new boolean[train.length];
            for (int t = 0; t < train.length; t++) {
                trainX[t] = x[train[t]];
                trainY[t] = y[train[t]];
            }
            LogisticRegression model = LogisticRegression.fit(trainX, trainY, penalty);
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == held) {
                    scores[i] = model.probability(x[i]);
                }
            }
        }
        return of(scores, y);
    }
}
