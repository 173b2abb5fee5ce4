package org.loyaldesk.insight;

/** What a lead sees pop up when a customer writes in anger: where, who, how angry and the words that said it. */
public record AngerAlert(long conversationId, String subject, String customer, Long teamId, String team, double anger,
                         String words) {
}
