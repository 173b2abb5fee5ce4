package org.loyaldesk.insight;

import java.util.Locale;

/** What was done to win an unhappy customer back; customers return after each of these (seed 003). */
public enum RecoveryKind {
    APOLOGY, CREDIT, DISCOUNT, PROOF_OF_IMPROVEMENT;

    public boolean needsAmount() {
        return this == CREDIT || this == DISCOUNT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RecoveryKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
