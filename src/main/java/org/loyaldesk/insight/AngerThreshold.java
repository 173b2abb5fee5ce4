package org.loyaldesk.insight;

import java.util.Locale;

import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The anger from which a customer message puts its conversation at risk: the admin's choice, else the configured one. */
@Component
public class AngerThreshold {

    private static final String SETTING = "anger-alert";

    private final AdminSettings settings;
    private final AuditLog audit;
    private final double configured;

    AngerThreshold(AdminSettings settings, AuditLog audit, InsightSettings insight) {
        this.settings = settings;
        this.audit = audit;
        this.configured = insight.angerAlert();
    }

    @Transactional(readOnly = true)
    public double current() {
        return settings.chosen(SETTING).map(Double::parseDouble).orElse(configured);
    }

    public double configured() {
        return configured;
    }

    /** Below 0.05 every message would alert; above 1 none could. */
    @Transactional
    public void change(double threshold) {
        if (Double.isNaN(threshold) || threshold < 0.05 || threshold > 1) {
            throw new RuleViolationException("anger-range", "The anger threshold is between 0.05 and 1");
        }
        String value = String.format(Locale.ROOT, "%.2f", threshold);
        settings.choose(SETTING, value);
        audit.record("settings.anger-alert", "setting", SETTING, value);
    }
}
