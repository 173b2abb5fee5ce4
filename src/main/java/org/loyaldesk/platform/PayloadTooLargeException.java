package org.loyaldesk.platform;

/** Something sent to us is over a size limit: refused whole (413) rather than stored cut. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
