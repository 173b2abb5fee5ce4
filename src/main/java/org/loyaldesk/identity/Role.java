package org.loyaldesk.identity;

/**
 * What a person or integration may do. An agent works conversations; a lead also routes work
 * and sees coaching figures; an admin also changes settings.
 */
public enum Role {
    AGENT, LEAD, ADMIN;

    /** The Spring Security authorities this role grants, including those of the roles below it. */
    public String[] authorities() {
        return switch (this) {
            case AGENT -> new String[] { "ROLE_AGENT" };
            case LEAD -> new String[] { "ROLE_AGENT", "ROLE_LEAD" };
            case ADMIN -> new String[] { "ROLE_AGENT", "ROLE_LEAD", "ROLE_ADMIN" };
        };
    }
}
