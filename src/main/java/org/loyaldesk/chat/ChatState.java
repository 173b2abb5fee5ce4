package org.loyaldesk.chat;

import java.util.Locale;

/** Where a chat stands: the bot answers, then people (waiting for one, or one answers), or email; or it ended. */
public enum ChatState {
    BOT, WAITING, LIVE, EMAIL, ENDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Handed over: its lines are messages of a conversation the agents see. */
    public boolean withPeople() {
        return this == WAITING || this == LIVE || this == EMAIL;
    }
}
