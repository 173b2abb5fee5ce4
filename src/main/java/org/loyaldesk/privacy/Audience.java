package org.loyaldesk.privacy;

/** Who an export is for, which decides what it holds. */
public enum Audience {
    /** The customer themselves (the portal): only what they saw, never what the team noted or inferred about them. */
    CUSTOMER,
    /** The team answering a subject access request: also internal notes, hand-over notes, readings and raw mail. */
    TEAM
}
