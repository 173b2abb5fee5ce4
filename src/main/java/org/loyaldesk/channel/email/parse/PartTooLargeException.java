package org.loyaldesk.channel.email.parse;

import java.io.IOException;

/** Thrown by an attachment's content stream when the part passes the size limit. */
public class PartTooLargeException extends IOException {

    public PartTooLargeException(long limit) {
        super("Part is larger than the limit of " + limit + " bytes");
    }
}
