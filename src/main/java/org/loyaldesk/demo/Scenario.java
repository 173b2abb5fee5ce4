package org.loyaldesk.demo;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A kind of conversation the shop has again and again, in Dutch and English, as read from
 * {@code demo/scenarios.json}. {@code weight} is how often it occurs; 0 means only as a follow-up.
 */
record Scenario(String key, String reason, String channel, String status, int weight, String priority, List<String> tags,
                @JsonProperty("follow-up") FollowUp followUp, Script nl, Script en) {

    record FollowUp(String channel, String after, String key) {
    }

    record Script(String subject, List<Step> steps) {
    }

    /** {@code by} is customer, agent, note or transfer; {@code after} the wait since the previous step. */
    record Step(String by, String text, String after, String channel, String team) {
    }

    /** "10m", "3h", "2d" */
    static Duration duration(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ZERO;
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("Unknown duration " + text);
        };
    }

    Duration length(Script script) {
        return script.steps().stream().map(step -> duration(step.after())).reduce(Duration.ZERO, Duration::plus);
    }
}
