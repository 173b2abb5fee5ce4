package org.loyaldesk.conversation;

import org.loyaldesk.platform.Actor;

/** Who wrote a timeline entry, as the timeline names them. */
final class Actors {

    private Actors() {
    }

    static AuthorType authorType(Actor actor) {
        return switch (actor.type()) {
            case AGENT -> AuthorType.AGENT;
            case INTEGRATION -> AuthorType.INTEGRATION;
            case CUSTOMER -> AuthorType.CUSTOMER;
            case SYSTEM -> AuthorType.SYSTEM;
        };
    }
}
