package org.loyaldesk.channel.email.spam;

import java.util.Arrays;

/**
 * Turns Naive Bayes log-odds, which are far too sure of themselves, into probabilities (Platt
 * scaling: {@code p = 1 / (1 + e^-(a·x + b))}) and picks the spam threshold. Both are fitted on
 * scores of mail the model did not train on (cross-validation folds), never on the test set.
 */
public record Calibration(double a, double b, double threshold) {

    public double probability(double logOdds) {
        double z = a * logOdds + b;
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * Fits a and b by Newton's method on the log-loss (with Platt's smoothed targets), then takes
     * the lowest threshold at which at most {@code maxHamMisfiled} of the ham would be called spam.
     */
    public static Calibration fit(double[] logOdds, boolean[] spam, double maxHamMisfiled) {
        long spamCount = countSpam(spam);
        long hamCount = spam.length - spamCount;
        double spamTarget = (spamCount + 1.0) / (spamCount + 2.0);
        double hamTarget = 1.0 / (hamCount + 2.0);
        double a = 0.1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double gradientA = 0, gradientB = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < logOdds.length; i++) {
                double p = new Calibration(a, b, 0).probability(logOdds[i]);
                double error = p - (spam[i] ? spamTarget : hamTarget);
                double curvature = Math.max(p * (1 - p), 1e-12);
                gradientA += error * logOdds[i];
                gradientB += error;
                haa += curvature * logOdds[i] * logOdds[i];
                hab += curvature * logOdds[i];
                hbb += curvature;
            }
            double determinant = haa * hbb - hab * hab;
            double stepA = (hbb * gradientA - hab * gradientB) / determinant;
            double stepB = (haa * gradientB - hab * gradientA) / determinant;
            a -= stepA;
            b -= stepB;
            if (Math.abs(stepA) < 1e-9 && Math.abs(stepB) < 1e-9) {
                break;
            }
        }
        Calibration fitted = new Calibration(a, b, 0.5);
        return new Calibration(a, b, threshold(fitted, logOdds, spam, maxHamMisfiled));
    }

    private static double threshold(Calibration calibration, double[] logOdds, boolean[] spam, double maxHamMisfiled) {
        double[] hamScores = new double[(int) (spam.length - countSpam(spam))];
        int next = 0;
        for (int i = 0; i < logOdds.length; i++) {
            if (!spam[i]) {
                hamScores[next++] = calibration.probability(logOdds[i]);
            }
        }
        Arrays.sort(hamScores);
        int allowedMisfiled = (int) Math.floor(hamScores.length * maxHamMisfiled);
        double highestAllowedHam = hamScores[hamScores.length - 1 - allowedMisfiled];
        // just above the highest ham score that must stay ham, but never below an even chance
        return Math.max(0.5, Math.nextUp(highestAllowedHam));
    }

    private static long countSpam(boolean[] spam) {
        long count = 0;
        for (boolean isSpam : spam) {
            count += isSpam ? 1 : 0;
        }
        return count;
    }
}
