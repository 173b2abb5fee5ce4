package org.loyaldesk.platform.web;

import java.io.IOException;

/** Raised while reading a request body that exceeds the configured limit. */
class RequestTooLargeException extends IOException {

    RequestTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }
}
