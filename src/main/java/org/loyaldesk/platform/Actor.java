package org.loyaldesk.platform;

/**
 * Who did something: an agent in the browser, an integration using an API token, a customer
 * or Loyaldesk itself. Recorded in the audit log and on messages.
 */
public record Actor(Type type, Long id, String name) {

    public enum Type { AGENT, INTEGRATION, CUSTOMER, SYSTEM }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null, "Loyaldesk");

    /** The agent behind this actor, if it is one (an API token may act on behalf of an agent). */
    public boolean isAgent() {
        return type == Type.AGENT && id != null;
    }
}
