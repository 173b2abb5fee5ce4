package org.loyaldesk.conversation;

import java.util.Locale;

/** How soon a conversation needs us. Stored as its rank so that "most urgent first" is ascending order. */
public enum Priority {
    URGENT(1), HIGH(2), NORMAL(3), LOW(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority ofRank(int rank) {
        for (Priority priority : values()) {
            if (priority.rank == rank) {
                return priority;
            }
        }
        throw new IllegalArgumentException("No priority with rank " + rank);
    }

    public static Priority fromCode(String code) {
        for (Priority priority : values()) {
            if (priority.code().equalsIgnoreCase(code.trim())) {
                return priority;
            }
        }
        throw new IllegalArgumentException("Unknown priority '" + code + "'; use one of urgent, high, normal, low");
    }
}
