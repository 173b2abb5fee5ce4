package org.loyaldesk.insight;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fits the costs of the effort drivers to what customers answered on the CES survey, by least
 * squares. A little ridge pull towards the default costs keeps a driver that rarely occurs from
 * getting a wild cost, and no driver may make things easier (costs stay ≥ 0).
 */
public final class EffortCalibration {

    /** Fewer answers than this and the defaults stay: a fit on a handful of answers is noise. */
    public static final int MINIMUM_ANSWERS = 20;
    private static final double PULL_TO_DEFAULTS = 2.0;

    private EffortCalibration() {
    }

    /** One conversation's drivers and the CES (1 .. 7) its customer answered. */
    public record Answer(EffortInputs inputs, double ces) {
    }

    public static Optional<EffortModel> fit(List<Answer> answers) {
        if (answers.size() < MINIMUM_ANSWERS) {
            return Optional.empty();
        }
        EffortDriver[] drivers = EffortDriver.values();
        int k = drivers.length + 1;
        double[][] normal = new double[k][k];
        double[] right = new double[k];
        for (Answer answer : answers) {
            double[] row = row(answer.inputs(), drivers);
            for (int i = 0; i < k; i++) {
                right[i] += row[i] * answer.ces();
                for (int j = 0; j < k; j++) {
                    normal[i][j] += row[i] * row[j];
                }
            }
        }
        for (int j = 1; j < k; j++) {
            normal[j][j] += PULL_TO_DEFAULTS;
            right[j] += PULL_TO_DEFAULTS * drivers[j - 1].defaultCost();
        }
        double[] solution = solve(normal, right);
        Map<EffortDriver, Double> costs = new EnumMap<>(EffortDriver.class);
        for (int j = 1; j < k; j++) {
            costs.put(drivers[j - 1], Math.max(0, solution[j]));
        }
        // with a cost clamped to zero, the intercept is refitted to the mean of what is left
        double intercept = answers.stream().mapToDouble(answer -> answer.ces() + spent(answer.inputs(), costs))
            .average().orElse(EffortModel.DEFAULT_INTERCEPT);
        EffortModel unfitted = new EffortModel(intercept, costs, null);
        EffortModel.Fit fit = new EffortModel.Fit(answers.size(), r2(unfitted, answers), rmse(unfitted, answers),
            rmse(EffortModel.defaults(), answers));
        return Optional.of(new EffortModel(intercept, costs, fit));
    }

    public static double rmse(EffortModel model, List<Answer> answers) {
        double squared = answers.stream()
            .mapToDouble(answer -> Math.pow(model.score(answer.inputs()).score() - answer.ces(), 2)).sum();
        return Math.sqrt(squared / Math.max(1, answers.size()));
    }

    static double r2(EffortModel model, List<Answer> answers) {
        double mean = answers.stream().mapToDouble(Answer::ces).average().orElse(0);
        double total = answers.stream().mapToDouble(answer -> Math.pow(answer.ces() - mean, 2)).sum();
        double residual = answers.stream()
            .mapToDouble(answer -> Math.pow(model.score(answer.inputs()).score() - answer.ces(), 2)).sum();
        return total == 0 ? 0 : 1 - residual / total;
    }

    private static double spent(EffortInputs inputs, Map<EffortDriver, Double> costs) {
        return costs.entrySet().stream().mapToDouble(cost -> cost.getValue() * inputs.get(cost.getKey())).sum();
    }

    /** The intercept column, then each driver negated: the model subtracts costs. */
    private static double[] row(EffortInputs inputs, EffortDriver[] drivers) {
        double[] row = new double[drivers.length + 1];
        row[0] = 1;
        for (int j = 0; j < drivers.length; j++) {
            row[j + 1] = -inputs.get(drivers[j]);
        }
        return row;
    }

    /** Gaussian elimination with partial pivoting; the ridge term keeps the system regular. */
    static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swapRow = a[column];
            a[column] = a[pivot];
            a[pivot] = swapRow;
            double swap = b[column];
            b[column] = b[pivot];
            b[pivot] = swap;
            if (Math.abs(a[column][column]) < 1e-12) {
                continue;
            }
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                for (int j = column; j < n; j++) {
                    a[row][j] -= factor * a[column][j];
                }
                b[row] -= factor * b[column];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int j = row + 1; j < n; j++) {
                sum -= a[row][j] * x[j];
            }
            x[row] = Math.abs(a[row][row]) < 1e-12 ? 0 : sum / a[row][row];
        }
        return x;
    }
}
