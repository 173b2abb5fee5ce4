package org.loyaldesk.channel.email;

/** Where an incoming mail was filed; {@code duplicate} means the same mail had arrived before. */
public record MailReceipt(long mailId, Long messageId, Long conversationId, boolean duplicate) {
}
