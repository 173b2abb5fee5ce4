package org.loyaldesk.conversation;

import org.loyaldesk.platform.Channel;

/**
 * The codes of EVENT entries on the timeline ({@code kind|argument|argument}), written in one place so that
 * the page (message key {@code timeline.<kind>}) and the readings of insight agree on them.
 */
public final class TimelineEvents {

    /** The customer wrote on another channel than before: {@code channel|from|to}. */
    public static final String CHANNEL_SWITCH = "channel";
    /** A new contact about the issue of this solved conversation reopened it: {@code came-back|reason}. */
    public static final String CAME_BACK = "came-back";
    /** Another conversation was merged into this one: {@code merged|otherId}. */
    public static final String MERGED = "merged";
    /** This conversation was merged into another: {@code merged-into|otherId}. */
    public static final String MERGED_INTO = "merged-into";
    /** Messages of this conversation went to a new one: {@code split-to|newId}. */
    public static final String SPLIT_TO = "split-to";
    /** This conversation started from messages of another one: {@code split-from|otherId}. */
    public static final String SPLIT_FROM = "split-from";
    /** An agent linked this conversation to a related one: {@code linked|otherId}. */
    public static final String LINKED = "linked";
    /** An agent removed the link to another conversation: {@code unlinked|otherId}. */
    public static final String UNLINKED = "unlinked";

    private TimelineEvents() {
    }

    static String channelSwitch(Channel from, Channel to) {
        return CHANNEL_SWITCH + "|" + from.code() + "|" + to.code();
    }

    static String cameBack(String contactReason) {
        return CAME_BACK + "|" + (contactReason == null ? "" : contactReason);
    }

    static String merged(long otherConversationId) {
        return MERGED + "|" + otherConversationId;
    }

    static String mergedInto(long otherConversationId) {
        return MERGED_INTO + "|" + otherConversationId;
    }

    static String linked(long otherConversationId) {
        return LINKED + "|" + otherConversationId;
    }

    static String unlinked(long otherConversationId) {
        return UNLINKED + "|" + otherConversationId;
    }

    static String splitTo(long newConversationId) {
        return SPLIT_TO + "|" + newConversationId;
    }

    static String splitFrom(long otherConversationId) {
        return SPLIT_FROM + "|" + otherConversationId;
    }

    /** Whether a timeline entry is of this kind of event. */
    public static boolean is(TimelineEntry entry, String kind) {
        return entry.kind() == MessageKind.EVENT && entry.body() != null && entry.body().startsWith(kind + "|");
    }
}
