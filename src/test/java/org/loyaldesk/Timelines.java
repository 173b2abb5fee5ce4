package org.loyaldesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Reads a conversation's timeline from its API answer, the way tests assert on it. */
public final class Timelines {

    private Timelines() {
    }

    /** {@code field} of every timeline entry of one of these kinds, in timeline order. */
    public static List<String> of(JsonNode detail, Set<String> kinds, String field) {
        List<String> values = new ArrayList<>();
        detail.get("timeline").forEach(entry -> {
            if (kinds.contains(entry.get("kind").asString())) {
                values.add(entry.get(field).asString());
            }
        });
        return values;
    }

    /** The codes of the events on the timeline, such as {@code channel|chat|email}. */
    public static List<String> events(JsonNode detail) {
        return of(detail, Set.of("event"), "body");
    }

    /** What the customer and the agents said to each other. */
    public static List<String> publicBodies(JsonNode detail) {
        return of(detail, Set.of("inbound", "reply"), "body");
    }

    /** The channel of every customer message. */
    public static List<String> customerChannels(JsonNode detail) {
        return of(detail, Set.of("inbound"), "channel");
    }
}
