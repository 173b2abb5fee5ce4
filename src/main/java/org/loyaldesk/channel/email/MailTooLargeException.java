package org.loyaldesk.channel.email;

import org.loyaldesk.platform.PayloadTooLargeException;

/** A raw message over {@code loyaldesk.mail.max-message-bytes}: refused whole rather than stored cut. */
public class MailTooLargeException extends PayloadTooLargeException {

    public MailTooLargeException(long limit) {
        super("The message is larger than the limit of " + limit + " bytes");
    }
}
