package org.loyaldesk.automation.reason;

import java.math.BigDecimal;

import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a new conversation gets its contact reason from the classifier, and from which confidence on it is set
 * rather than suggested. 0.6: the seeded classifier is right on most readings above it and on few below.
 */
@Component
public class ReasonSettings {

    static final String ENABLED = "automation.reasons-on-arrival";
    static final String THRESHOLD = "automation.reason-threshold";

    private final AdminSettings settings;
    private final AuditLog audit;
    private final boolean enabledByDefault;
    private final double defaultThreshold;

    ReasonSettings(AdminSettings settings, AuditLog audit,
                   @Value("${loyaldesk.automation.reasons-on-arrival:true}") boolean enabledByDefault,
                   @Value("${loyaldesk.automation.reason-threshold:0.6}") double defaultThreshold) {
        this.settings = settings;
        this.audit = audit;
        this.enabledByDefault = enabledByDefault;
        this.defaultThreshold = defaultThreshold;
    }

    public boolean enabled() {
        return settings.chosen(ENABLED).map(Boolean::parseBoolean).orElse(enabledByDefault);
    }

    public double threshold() {
        return settings.chosen(THRESHOLD).map(Double::parseDouble).orElse(defaultThreshold);
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    /** A threshold outside 0.05–0.99 would set every reading, or none. */
    @Transactional
    public void change(boolean enabled, double threshold) {
        if (Double.isNaN(threshold) || threshold < 0.05 || threshold > 0.99) {
            throw new RuleViolationException("reason-threshold", "The confidence threshold is between 0.05 and 0.99");
        }
        String rounded = BigDecimal.valueOf(threshold).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        settings.choose(ENABLED, Boolean.toString(enabled));
        settings.choose(THRESHOLD, rounded);
        audit.record("settings.reason-automation", "setting", "reason-automation",
            "on arrival " + (enabled ? "on" : "off") + ", threshold " + rounded);
    }
}
