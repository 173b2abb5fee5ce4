package org.loyaldesk.proactive;

import java.util.Map;

/**
 * Who an incident reached: the owners of its products, what became of each warning ({@code sent},
 * {@code contacted}: they had written already, {@code opted-out}, …), and the conversations linked and answered.
 */
public record IncidentReach(long owners, Map<String, Long> warnings, long linked, long answered) {

    public long warned() {
        return warnings.getOrDefault("sent", 0L);
    }
}
