package org.loyaldesk.platform;

/** A resource the request names does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
