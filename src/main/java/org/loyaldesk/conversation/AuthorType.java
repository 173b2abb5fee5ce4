package org.loyaldesk.conversation;

/** Who wrote a timeline entry. */
public enum AuthorType {
    CUSTOMER, AGENT, INTEGRATION, SYSTEM
}
