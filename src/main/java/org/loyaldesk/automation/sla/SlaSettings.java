package org.loyaldesk.automation.sla;

import java.time.Duration;

import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When to warn (a share of the target's time, 80% unless an admin chose otherwise) and how soon a conversation
 * handed back counts as a bounce (2 business hours unless chosen otherwise).
 */
@Component
public class SlaSettings {

    static final int DEFAULT_WARN_PERCENT = 80;
    static final int DEFAULT_BOUNCE_MINUTES = 120;

    private final AdminSettings settings;
    private final AuditLog audit;

    SlaSettings(AdminSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public int warnPercent() {
        return settings.chosen("sla-warn-percent").map(Integer::parseInt).orElse(DEFAULT_WARN_PERCENT);
    }

    @Transactional(readOnly = true)
    public Duration bounceWindow() {
        return Duration.ofMinutes(settings.chosen("sla-bounce-minutes").map(Long::parseLong)
            .orElse((long) DEFAULT_BOUNCE_MINUTES));
    }

    @Transactional
    public void change(int warnPercent, int bounceMinutes) {
        if (warnPercent < 1 || warnPercent > 99) {
            throw new RuleViolationException("sla-warn-percent", "Warn between 1% and 99% of the target");
        }
        if (bounceMinutes < 1 || bounceMinutes > 7 * 24 * 60) {
            throw new RuleViolationException("sla-bounce-minutes", "A bounce window is between 1 minute and 7 days");
        }
        settings.choose("sla-warn-percent", String.valueOf(warnPercent));
        settings.choose("sla-bounce-minutes", String.valueOf(bounceMinutes));
        audit.record("automation.sla.settings", "setting", "sla", warnPercent + "% " + bounceMinutes + " min");
    }
}
