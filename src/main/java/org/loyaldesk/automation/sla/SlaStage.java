package org.loyaldesk.automation.sla;

import java.util.Locale;

/** A warning comes before the due time, a breach at it. */
public enum SlaStage {
    WARNING, BREACH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
