package org.loyaldesk.channel;

/**
 * Mail Loyaldesk writes by itself (a survey invitation, an acknowledgement), as opposed to an
 * agent's reply. It is marked as automatic (RFC 3834), carries Loyaldesk's loop marker, is never sent
 * to an address that bounced, and at most a few times a day to one address.
 */
public interface OutboundMail {

    MailOutcome send(AutomaticMessage message);

    /**
     * Mail the recipient asked for a moment ago, such as a sign-in link: it does not use up the
     * address's daily share of automatic mail (the caller limits how often it can be asked for), and
     * no copy is kept, because what it carries must not outlive its use.
     */
    MailOutcome sendRequested(AutomaticMessage message);

    /** Whether mail to this address can be expected to arrive (it has not bounced). */
    boolean deliverable(String address);

    /**
     * @param conversationId the conversation it is about, if any: it threads with that conversation's mail
     * @param purpose        a short code for the log and the Message-ID, e.g. {@code survey}
     */
    record AutomaticMessage(String to, String subject, String text, String html, Long conversationId, String purpose) {
    }

    enum MailOutcome {
        SENT,
        /** The address bounced before: nothing was sent. */
        UNDELIVERABLE,
        /** The address had its share of automatic mail today: nothing was sent. */
        THROTTLED,
        /** No mail server is configured (spring.mail.host): nothing was sent. */
        NOT_CONFIGURED,
        /** The mail server refused it or could not be reached. */
        FAILED
    }
}
