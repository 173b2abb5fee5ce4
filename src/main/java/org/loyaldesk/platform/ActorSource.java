package org.loyaldesk.platform;

/** Implemented by authenticated principals so that other modules learn who acts without knowing how they logged in. */
public interface ActorSource {
    Actor actor();
}
