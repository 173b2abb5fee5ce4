package org.loyaldesk.insight;

import java.util.EnumMap;
import java.util.Map;

/**
 * Effort = intercept − Σ cost × driver, kept within 1 .. 7. The default model is a reasoned guess;
 * a calibrated one carries the fit it was calibrated with.
 *
 * @param fit how well it matched CES answers, or null for the default
 */
public record EffortModel(double intercept, Map<EffortDriver, Double> costs, Fit fit) {

    static final double DEFAULT_INTERCEPT = 6.6;

    /**
     * @param answers      CES answers it was fitted on
     * @param r2           share of the variance in the answers the model explains, on those answers
     * @param rmse         root mean squared error in CES points
     * @param defaultRmse  the same error of the default model, for comparison
     */
    public record Fit(int answers, double r2, double rmse, double defaultRmse) {
    }

    public static EffortModel defaults() {
        Map<EffortDriver, Double> costs = new EnumMap<>(EffortDriver.class);
        for (EffortDriver driver : EffortDriver.values()) {
            costs.put(driver, driver.defaultCost());
        }
        return new EffortModel(DEFAULT_INTERCEPT, costs, null);
    }

    public Effort score(EffortInputs inputs) {
        Map<EffortDriver, Double> spent = new EnumMap<>(EffortDriver.class);
        double score = intercept;
        for (EffortDriver driver : EffortDriver.values()) {
            double cost = costs.getOrDefault(driver, 0.0) * inputs.get(driver);
            spent.put(driver, cost);
            score -= cost;
        }
        return new Effort(Math.max(1, Math.min(7, score)), spent);
    }

    public boolean calibrated() {
        return fit != null;
    }
}
