package org.loyaldesk.conversation;

import org.loyaldesk.platform.ConflictException;

/** A change made on the version of a conversation the caller saw refuses a conversation changed since. */
final class Versions {

    private Versions() {
    }

    static void check(Conversation conversation, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != conversation.version()) {
            throw new ConflictException("Conversation " + conversation.id() + " was changed by someone else since you "
                + "loaded it (version " + expectedVersion + ", now " + conversation.version() + "); reload and try again");
        }
    }
}
