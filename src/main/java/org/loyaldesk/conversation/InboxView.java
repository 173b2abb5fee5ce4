package org.loyaldesk.conversation;

import java.util.Locale;

/** The standing lists of the agent workspace. */
public enum InboxView {
    MINE, UNASSIGNED, TEAM, ALL, AT_RISK, SPAM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InboxView fromCode(String code) {
        for (InboxView view : values()) {
            if (view.code().equalsIgnoreCase(code.replace('-', '_'))) {
                return view;
            }
        }
        throw new IllegalArgumentException("Unknown view '" + code + "'; use one of mine, unassigned, team, all, at_risk, spam");
    }
}
