package org.loyaldesk.platform;

/** The request is valid but collides with the current state (for example a stale version); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
