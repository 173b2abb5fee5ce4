package org.loyaldesk.insight;

import java.util.Locale;

/**
 * What a customer had to do to get an issue solved. Each driver costs points on the CES scale
 * (1 very hard .. 7 very easy); the default costs are a reasoned start, calibrated against
 * survey answers once there are enough (see {@link EffortCalibration}).
 */
public enum EffortDriver {
    /** Messages the customer sent beyond the first, closing thanks not counted. */
    CONTACTS(0.35),
    /** Earlier conversations about the same issue within seven days. */
    REPEAT_CONTACTS(1.0),
    /** The customer had to move to another channel. */
    CHANNEL_SWITCHES(0.6),
    /** The conversation went to another agent or team. */
    TRANSFERS(0.6),
    /** Time waiting for us, as log2(1 + hours): the first hours weigh most. */
    WAITING(0.3),
    /** The customer had to come back to a solved conversation. */
    REOPENINGS(0.8),
    /** The customer had to repeat information, or was asked for it a second time. */
    ASKED_TWICE(0.7);

    private final double defaultCost;

    EffortDriver(double defaultCost) {
        this.defaultCost = defaultCost;
    }

    public double defaultCost() {
        return defaultCost;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
