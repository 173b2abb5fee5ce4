package org.loyaldesk.portal;

import java.io.Serializable;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.ActorSource;

/**
 * The customer signed in on the portal. Signed in by an emailed sign-in link, they see all their
 * conversations; arrived by the link under one of our emails ({@code onlyConversationId}), they see
 * that conversation alone, because such a link may have been forwarded.
 */
record PortalCustomer(long customerId, String name, Long onlyConversationId) implements ActorSource, Serializable {

    @Override
    public Actor actor() {
        return new Actor(Actor.Type.CUSTOMER, customerId, name);
    }

    public boolean mayOpen(long conversationId) {
        return onlyConversationId == null || onlyConversationId == conversationId;
    }

    public boolean fullAccess() {
        return onlyConversationId == null;
    }
}
