package org.loyaldesk.conversation;

/** Who is behind an incoming message, as far as the channel can tell. */
public enum MessageNature {
    /** A person wrote: the normal case. */
    PERSON,
    /** A program answered for them (out-of-office, notification): filed, but nothing reopens and nobody waits. */
    AUTOMATIC,
    /** Unsolicited: filed in a conversation of its own in the spam view. */
    SPAM
}
