package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A group of complaints whose rate departed from its baseline: {@code groupKey} says what they share
 * ({@code product:KK-ESP-200}, {@code reason:defect}, {@code word:oplader}), {@code words} what they say.
 */
public record Spike(long id, String groupKey, Instant firstAt, Instant raisedAt, Instant noticedAt, Instant lastAt,
                    int contacts, double expected, List<String> words, Status status, Long incidentId) {

    public enum Status { OPEN, CONFIRMED, DISMISSED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code product}, {@code reason} or {@code word}: what kind of group it is, for the screen's label. */
    public String kind() {
        int colon = groupKey.indexOf(':');
        return colon < 0 ? "word" : groupKey.substring(0, colon);
    }

    /** The SKU, reason code or word without its kind. */
    public String value() {
        return groupKey.substring(groupKey.indexOf(':') + 1);
    }

    /** From the first complaint counted to the one that raised it, in the complaints' own time. */
    public Duration detectionDelay() {
        return Duration.between(firstAt, raisedAt);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
