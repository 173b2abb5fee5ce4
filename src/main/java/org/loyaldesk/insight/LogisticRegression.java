package org.loyaldesk.insight;

import java.util.Arrays;

/**
 * Logistic regression on standardised features, fitted by Newton's method (iteratively reweighted
 * least squares) with an L2 penalty: a few dozen features and tens of thousands of rows fit in
 * well under a second, and every weight stays explainable as "this feature, this much".
 */
public final class LogisticRegression {

    private final double[] means;
    private final double[] scales;
    private final double[] weights;
    private final double bias;

    public LogisticRegression(double[] means, double[] scales, double[] weights, double bias) {
        this.means = means;
        this.scales = scales;
        this.weights = weights;
        this.bias = bias;
    }

    /** @param penalty L2 strength on the standardised weights (1.0 is a mild pull towards 0) */
    public static LogisticRegression fit(double[][] x, boolean[] y, double penalty) {
        int n = x.length;
        int k = x[0].length;
        double[] means = new double[k];
        double[] scales = new double[k];
        for (int j = 0; j < k; j++) {
            for (double[] row : x) {
                means[j] += row[j] / n;
            }
            double variance = 0;
            for (double[] row : x) {
                variance += Math.pow(row[j] - means[j], 2) / n;
            }
            scales[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        double[] beta = new double[k + 1];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[][] hessian = new double[k + 1][k + 1];
            double[] gradient = new double[k + 1];
            for (int i = 0; i < n; i++) {
                double[] z = standardised(x[i], means, scales);
                double p = sigmoid(dot(beta, z));
                double w = Math.max(p * (1 - p), 1e-9);
                double error = (y[i] ? 1 : 0) - p;
                for (int a = 0; a <= k; a++) {
                    gradient[a] += error * z[a];
                    for (int b = 0; b <= k; b++) {
                        hessian[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= k; a++) {
                gradient[a] -= penalty * beta[a];
                hessian[a][a] += penalty;
            }
            double[] step = EffortCalibration.solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a <= k; a++) {
                beta[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return new LogisticRegression(means, scales, Arrays.copyOfRange(beta, 1, k + 1), beta[0]);
    }

    public double probability(double[] features) {
        double logit = bias;
        for (int j = 0; j < weights.length; j++) {
            logit += contribution(features, j);
        }
        return sigmoid(logit);
    }

    /** What feature {@code j} adds to the log-odds for this row, against an average row. */
    public double contribution(double[] features, int j) {
        return weights[j] * (features[j] - means[j]) / scales[j];
    }

    public double[] means() {
        return means.clone();
    }

    public double[] scales() {
        return scales.clone();
    }

    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }

    private static double[] standardised(double[] row, double[] means, double[] scales) {
        double[] z = new double[row.length + 1];
        z[0] = 1;
        for (int j = 0; j < row.length; j++) {
            z[j + 1] = (row[j] - means[j]) / scales[j];
        }
        return z;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double sigmoid(double logit) {
        return 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, logit))));
    }
}
