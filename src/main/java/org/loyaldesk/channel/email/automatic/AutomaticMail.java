package org.loyaldesk.channel.email.automatic;

/** Mail that a program sent rather than a person, and the header or subject that gave it away. */
public record AutomaticMail(Kind kind, String reason) {

    public enum Kind {
        /** An out-of-office or vacation notice: the person exists but is away. */
        OUT_OF_OFFICE,
        /** Any other automatic answer to a message (RFC 3834 auto-replied). */
        AUTO_REPLY,
        /** Sent by a program on its own: notifications, receipts, no-reply senders. */
        AUTO_GENERATED,
        /** Mail to a mailing list or a newsletter. */
        MAILING_LIST,
        /** Bulk or junk mail by its own declaration. */
        BULK
    }
}
