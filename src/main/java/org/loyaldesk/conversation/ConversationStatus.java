package org.loyaldesk.conversation;

import java.util.Locale;
import java.util.Set;

/**
 * Where a conversation stands. Pending waits on the customer, on-hold waits on another team;
 * a solved conversation reopens when the customer writes again; closed is final.
 */
public enum ConversationStatus {
    NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED;

    /** Statuses that still need work from us or from the customer. */
    public static final Set<ConversationStatus> ACTIVE = Set.of(NEW, OPEN, PENDING, ON_HOLD);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** An agent may move a conversation anywhere except back to new, or out of closed. */
    public boolean canMoveTo(ConversationStatus target) {
        return this != CLOSED && target != NEW && target != this;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus fromCode(String code) {
        String normalised = code == null ? "" : code.trim().replace('-', '_');
        for (ConversationStatus status : values()) {
            if (status.name().equalsIgnoreCase(normalised)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status '" + code + "'; use one of new, open, pending, on_hold, "
            + "solved, closed");
    }
}
