package org.loyaldesk.conversation;

/**
 * The kinds of entry on a conversation's timeline. Only INBOUND and REPLY are seen by the customer.
 */
public enum MessageKind {
    /** Written by the customer, on any channel. */
    INBOUND,
    /** Written by an agent to the customer. */
    REPLY,
    /** Internal, for colleagues only. */
    NOTE,
    /** The conversation moved to another agent or team, with the context the next person needs. */
    TRANSFER,
    /** Something happened to the conversation, such as a status change. */
    EVENT
}
