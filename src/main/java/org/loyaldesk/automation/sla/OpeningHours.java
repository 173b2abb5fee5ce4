package org.loyaldesk.automation.sla;

import java.time.Duration;
import java.time.LocalTime;

/** One day's opening hours; {@code closes} 00:00 means the day runs until midnight (a team that works all day). */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new IllegalArgumentException("A day must open before it closes");
        }
    }

    static OpeningHours parse(String text) {
        String[] times = text.strip().split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("Opening hours are written as 09:00-17:30");
        }
        return new OpeningHours(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip()));
    }

    Duration length() {
        return closes.equals(LocalTime.MIDNIGHT) ? Duration.between(opens, LocalTime.MAX).plusNanos(1)
            : Duration.between(opens, closes);
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
