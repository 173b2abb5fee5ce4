package org.loyaldesk.insight;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How much of each effort driver one conversation had. */
public record EffortInputs(Map<EffortDriver, Double> values) {

    public EffortInputs {
        EnumMap<EffortDriver, Double> complete = new EnumMap<>(EffortDriver.class);
        for (EffortDriver driver : EffortDriver.values()) {
            complete.put(driver, Math.max(0, values.getOrDefault(driver, 0.0)));
        }
        values = Collections.unmodifiableMap(complete);
    }

    public static EffortInputs none() {
        return new EffortInputs(Map.of());
    }

    public double get(EffortDriver driver) {
        return values.get(driver);
    }

    public EffortInputs with(EffortDriver driver, double value) {
        EnumMap<EffortDriver, Double> changed = new EnumMap<>(values);
        changed.put(driver, value);
        return new EffortInputs(changed);
    }

    /** Waiting enters the score on a log scale: an hour more matters after one hour, much less after two days. */
    public static double waiting(double hours) {
        return Math.log1p(Math.max(0, hours)) / Math.log(2);
    }
}
