package org.loyaldesk.bench;

/** Counts of a binary decision against the truth, and the measures derived from them. */
final class Metrics {

    private int truePositives;
    private int falsePositives;
    private int trueNegatives;
    private int falseNegatives;

    void add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (actual) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    int count() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    double accuracy() {
        return (double) (truePositives + trueNegatives) / count();
    }

    double f1() {
        return f1(truePositives, falsePositives, falseNegatives);
    }

    /** The mean of the F1 of both classes, so that the smaller class counts as much as the larger. */
    double macroF1() {
        return (f1() + f1(trueNegatives, falseNegatives, falsePositives)) / 2;
    }

    double precision() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Override
    public String toString() {
        return String.format("n=%d accuracy=%.3f F1=%.3f macroF1=%.3f precision=%.3f recall=%.3f", count(), accuracy(),
            f1(), macroF1(), precision(), recall());
    }
}
