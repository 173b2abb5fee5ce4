package org.loyaldesk.automation.sla;

import java.util.Locale;

/** Liberation Day (5 May) is a day off every year for some employers, only every fifth year (2025, 2030) for most. */
public enum LiberationDay {
    NEVER, EVERY_YEAR, EVERY_FIVE_YEARS;

    boolean offIn(int year) {
        return this == EVERY_YEAR || this == EVERY_FIVE_YEARS && year % 5 == 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LiberationDay fromCode(String code) {
        for (LiberationDay choice : values()) {
            if (choice.code().equalsIgnoreCase(code.trim().replace('_', '-'))) {
                return choice;
            }
        }
        throw new IllegalArgumentException("Unknown Liberation Day choice '" + code
            + "'; use never, every-year or every-five-years");
    }
}
