package org.loyaldesk.privacy;

/**
 * What an erasure removed, as counts: the audit log and the admin get these, never the data itself.
 *
 * @param customerId   the customer as asked; the records merged into them were erased with them
 * @param contacts     email addresses, phone numbers and handles deleted
 * @param conversations conversations whose texts were erased
 * @param messages     messages, replies and notes whose text was erased
 * @param attachments  files attached to replies deleted
 * @param mails        stored mails (raw bytes included) deleted
 * @param orders       orders deleted
 * @param surveyComments survey comments removed (the scores stay, without a name)
 * @param portalLinks  portal sign-in and conversation links removed
 */
public record Erasure(long customerId, int contacts, int conversations, int messages, int attachments, int mails,
                      int orders, int surveyComments, int portalLinks) {

    String summary() {
        return contacts + " contacts, " + conversations + " conversations, " + messages + " messages, " + attachments
            + " attachments, " + mails + " mails, " + orders + " orders, " + surveyComments + " survey comments, "
            + portalLinks + " portal links";
    }
}
