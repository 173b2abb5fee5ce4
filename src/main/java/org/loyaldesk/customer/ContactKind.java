package org.loyaldesk.customer;

/** The kinds of address a customer can be reached at or recognised by. */
public enum ContactKind {
    EMAIL, PHONE, CHAT, EXTERNAL
}
