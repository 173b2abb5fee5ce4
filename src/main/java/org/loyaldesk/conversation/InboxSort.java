package org.loyaldesk.conversation;

import java.util.Locale;

/**
 * The order of the inbox: most urgent and longest waiting first (the default), or by due time, the earliest
 * (and the overdue) first and conversations without a due time last.
 */
public enum InboxSort {
    URGENCY, DUE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InboxSort fromCode(String code) {
        for (InboxSort sort : values()) {
            if (sort.code().equalsIgnoreCase(code.trim())) {
                return sort;
            }
        }
        throw new IllegalArgumentException("Unknown sort '" + code + "'; use urgency or due");
    }
}
